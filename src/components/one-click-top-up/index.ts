export { OneClickTopUp, type OneClickTopUpProps, type OneClickTopUpState } from './one-click-top-up';
