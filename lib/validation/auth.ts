import { z } from 'zod';

/** The sign-in form; `next` is where to go after, checked again by the action. */
export const signInSchema = z.object({
  name: z.string().trim().min(1, 'Give your user name.').max(40),
  password: z.string().min(1, 'Give your password.').max(256),
  next: z.string().optional(),
});
