import { describe, expect, test } from 'vitest';
import { adminEmailOptions } from '../../../lib/formats';

describe('CSO-ADMIN-EMAIL-TAKEN', () => {
  test('the two SOP options for name@domain', () => {
    expect(adminEmailOptions('jane.doe@clinic.com')).toEqual({
      doNotUse: 'jane.doeDONOTUSE@clinic.com',
      plusOne: 'jane.doe+1@clinic.com',
    });
    expect(adminEmailOptions('  jane@clinic.co.uk ')).toEqual({
      doNotUse: 'janeDONOTUSE@clinic.co.uk',
      plusOne: 'jane+1@clinic.co.uk',
    });
  });

  test('an existing +tag keeps its tag; an existing +N moves to +N+1', () => {
    expect(adminEmailOptions('jane+lms@clinic.com')?.plusOne).toBe('jane+lms+1@clinic.com');
    expect(adminEmailOptions('jane+1@clinic.com')?.plusOne).toBe('jane+2@clinic.com');
    expect(adminEmailOptions('jane+9@clinic.com')?.plusOne).toBe('jane+10@clinic.com');
  });

  test('an address already disabled is not disabled twice', () => {
    expect(adminEmailOptions('janeDONOTUSE@clinic.com')?.doNotUse).toBe('janeDONOTUSE@clinic.com');
  });

  test('null for anything that is not one address', () => {
    expect(adminEmailOptions('')).toBeNull();
    expect(adminEmailOptions('jane')).toBeNull();
    expect(adminEmailOptions('jane@clinic')).toBeNull();
    expect(adminEmailOptions('jane doe@clinic.com')).toBeNull();
    expect(adminEmailOptions('a@b@clinic.com')).toBeNull();
  });
});
