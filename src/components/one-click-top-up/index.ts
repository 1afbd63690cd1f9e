export {
  OneClickTopUp,
  type OneClickTopUpProps,
  type OneClickTopUpState,
  useMethodLabel,
} from './one-click-top-up';
