import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll } from 'vitest';

/**
 * Records and refuses every request to anything but 127.0.0.1 for the test file that calls it:
 * a drill never leaves the machine. Returns the list the refused URLs go to.
 */
export function refuseForeignNetwork(): string[] {
  const foreign: string[] = [];
  const server = setupServer(
    http.all(/^https?:\/\/(?!127\.0\.0\.1[:/])/, ({ request }) => {
      foreign.push(request.url);
      return HttpResponse.error();
    }),
  );
  beforeAll(() => server.listen({ onUnhandledRequest: 'bypass' }));
  afterAll(() => server.close());
  return foreign;
}
