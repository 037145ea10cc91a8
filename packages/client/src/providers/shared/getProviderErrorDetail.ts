/**
 * Reads the human message out of a provider's error body, whatever its envelope: Shippo `{ detail }`, Ship24
 * `{ errors: [{ message }] }`, AfterShip `{ meta: { message } }`, EasyPost `{ error: { message } }`. At most 200
 * characters, so a large HTML error page never floods a log line.
 *
 * @example await getProviderErrorDetail(response) // "usps is not a valid test tracking carrier. Please use 'shippo'"
 */
export async function getProviderErrorDetail(response: Response): Promise<string | undefined> {
  let text: string;
  try {
    text = await response.clone().text();
  } catch {
    return undefined;
  }
  let message: unknown;
  try {
    const body = JSON.parse(text) as Record<string, unknown> | null;
    const first = (value: unknown) =>
      (Array.isArray(value) ? value[0] : undefined) as Record<string, unknown> | undefined;
    message =
      body?.detail ??
      (body?.meta as Record<string, unknown> | undefined)?.message ??
      (body?.error as Record<string, unknown> | undefined)?.message ??
      first(body?.errors)?.message ??
      body?.message;
  } catch {
    return undefined;
  }
  return typeof message === 'string' && message.trim() !== '' ? message.trim().slice(0, 200) : undefined;
}
