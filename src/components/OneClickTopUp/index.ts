export { OneClickTopUp, type OneClickTopUpProps, type OneClickTopUpState } from './OneClickTopUp';
