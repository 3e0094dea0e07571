/**
 * An error whose message is already the one line an operator needs: it names the variable, file,
 * token or address to fix. Entry points print it as it is (src/bootstrap.ts); any other error is
 * reported as a failure with its message. Every module that can fail on the operator's setup
 * throws a subclass, so no entry point keeps a list of names to recognise.
 */
export class OperatorError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The command line itself is wrong: the program prints the message, then its usage. */
export class UsageError extends OperatorError {}

/** A setting is missing or wrong; the message starts with the variable (or flag) to fix. */
export class ConfigError extends OperatorError {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
  }
}
