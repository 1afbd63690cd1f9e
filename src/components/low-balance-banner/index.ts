export {
  LowBalanceBanner,
  type LowBalanceBannerProps,
  type LowBalanceBannerState,
  lowBalanceBannerVariants,
} from './low-balance-banner';
