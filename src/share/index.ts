export {
  type FragmentMap,
  MAX_SHARE_URL_LENGTH,
  mapFromFragment,
  type ShareUrlResult,
  shareUrl,
} from './shareLink';
