/**
 * The `ReturnReason` enum value for a reason the widget's return flow offers (`too_small`, `damaged`, …); anything
 * else is `OTHER`.
 *
 * @example mapShopifyReturnReason('changed_mind') // 'UNWANTED'
 */
export function mapShopifyReturnReason(reason: string): string {
  switch (reason) {
    case 'too_small':
      return 'SIZE_TOO_SMALL';
    case 'too_large':
      return 'SIZE_TOO_LARGE';
    case 'not_as_described':
      return 'NOT_AS_DESCRIBED';
    case 'damaged':
    case 'defective':
      return 'DEFECTIVE';
    case 'wrong_item':
      return 'WRONG_ITEM';
    case 'changed_mind':
    case 'unwanted':
      return 'UNWANTED';
    case 'color':
      return 'COLOR';
    case 'style':
      return 'STYLE';
    default:
      return 'OTHER';
  }
}
