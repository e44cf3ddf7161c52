import { describe, expect, test } from 'vitest';
import { adminEmailOptions, sopAdminEmail } from '../../../lib/core/formats';

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

describe('sopAdminEmail: the SOP\'s own address for a taken name@domain', () => {
  test('name+1@domain and nameDONOTUSE@domain stand for name@domain', () => {
    expect(sopAdminEmail('jane.doe+1@clinic.com')).toEqual({ base: 'jane.doe@clinic.com', mark: '+1' });
    expect(sopAdminEmail(' jane.doeDONOTUSE@clinic.com ')).toEqual({ base: 'jane.doe@clinic.com', mark: 'DONOTUSE' });
    expect(sopAdminEmail('janedonotuse@clinic.com')).toEqual({ base: 'jane@clinic.com', mark: 'donotuse' });
  });
  test('a later +N (what the helper offers once +1 is taken too) counts; another +tag keeps its tag', () => {
    expect(sopAdminEmail('jane+2@clinic.com')).toEqual({ base: 'jane@clinic.com', mark: '+2' });
    expect(sopAdminEmail('jane+lms+1@clinic.com')).toEqual({ base: 'jane+lms@clinic.com', mark: '+1' });
  });
  test('null for a plain address, a non-numeric tag, or what is not an address', () => {
    expect(sopAdminEmail('jane@clinic.com')).toBeNull();
    expect(sopAdminEmail('jane+lms@clinic.com')).toBeNull();
    expect(sopAdminEmail('+1@clinic.com')).toBeNull();
    expect(sopAdminEmail('DONOTUSE@clinic.com')).toBeNull();
    expect(sopAdminEmail('jane+1')).toBeNull();
  });
});
