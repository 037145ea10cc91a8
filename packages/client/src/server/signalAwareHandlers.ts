/**
 * The handlers `createHandler` made. They read the disconnect signal with `getRequestSignal`, so the node:http
 * adapter records it beside their requests instead of passing it to `new Request()`; any other handler gets it as
 * `request.signal`.
 */
export const signalAwareHandlers = new WeakSet<(request: Request) => Promise<Response>>();
