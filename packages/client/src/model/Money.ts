/** An amount of money in major units (`49.9` is 49.90) with its ISO 4217 currency. */
export interface Money {
  amount: number;
  currency: string;
}
