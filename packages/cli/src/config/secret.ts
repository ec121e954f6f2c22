import { REDACTED } from '@molecule/deploy-core/constants';

/**
 * A token. Its value is reachable only through `reveal()`, so logging, serialising or
 * inspecting a config (or a report built from one by mistake) never prints it.
 */
export class Secret {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  reveal(): string {
    return this.#value;
  }

  toJSON(): string {
    return REDACTED;
  }

  toString(): string {
    return REDACTED;
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return `Secret(${REDACTED})`;
  }
}
