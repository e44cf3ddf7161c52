import { z } from '../../zod';

// MT-CS-020 "Cancellation Requests" / MT-CS-005: the Escalations case. Record type and the
// cancellation markers are playbook params.
export const recordType = z.string().check(z.minLength(1));

export const cancellation = z.array(z.string().check(z.minLength(1))).check(z.minLength(1));
