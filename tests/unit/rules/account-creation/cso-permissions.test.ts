import { describe, expect, it } from 'vitest';
import { item, page, progress, verbs } from '../support/salesforce';

describe('CSO-PERMISSIONS', () => {
  it('todo until ticked, then done', () => {
    const form = page('mt.presignup', {});
    const todo = item('CSO-PERMISSIONS', { page: form });
    expect(todo.state).toBe('todo');
    expect(todo.message).toMatch(/Permissions/);
    expect(verbs(todo)).toEqual(['toggle-done']);
    expect(item('CSO-PERMISSIONS', { page: form, progress: progress({ done: ['CSO-PERMISSIONS'] }) }).state).toBe('done');
  });
});
