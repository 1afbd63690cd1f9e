import { describe, expect, it } from 'vitest';
import { InsufficientBalanceError } from '../../src/core';

describe('InsufficientBalanceError', () => {
  it('keeps the server code apart from the HTTP status', () => {
    const error = new InsufficientBalanceError({ httpStatus: 402, code: 40203, serverMessage: 'x', raw: {} });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('InsufficientBalanceError');
    expect(error.status).toBe(402);
    expect(error.code).toBe(40203);
  });
});
