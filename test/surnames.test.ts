import { describe, expect, it } from 'vitest';
import { isKnownSurname } from '../src/entities/surnames.js';

/**
 * The family-name list of the entity typer (src/entities/surnames.ts): common surnames of
 * every region are known, in any accent and with their first letter in either case; "Mc",
 * "Mac" and "O'" names by their form; ordinary words, companies, capitals and single letters never.
 */

describe('isKnownSurname', () => {
  it.each([
    // South Asian, Pakistani, Sri Lankan
    'Arora', 'Gupta', 'Reddy', 'Mehta', 'Shah', 'Jain', 'Rao', 'Iyer', 'Nair', 'Banerjee', 'Nadella', 'Pichai',
    'Chatterjee', 'Kulkarni', 'Qureshi', 'Bhutto', 'Perera', 'Wickremesinghe', 'Shrestha',
    // Chinese, Korean, Japanese, Vietnamese, Thai, Indonesian, Filipino
    'Zhang', 'Wang', 'Liu', 'Lim', 'Goh', 'Ong', 'Ng', 'Wong', 'Cheung', 'Kim', 'Kang', 'Cho', 'Choi', 'Tanaka',
    'Watanabe', 'Nguyen', 'Pham', 'Shinawatra', 'Widodo', 'Hartono', 'Santos',
    // Arabic, Persian, Turkish, Hebrew
    'Ahmed', 'Hassan', 'Khoury', 'Haddad', 'Rouhani', 'Yilmaz', 'Cohen', 'Netanyahu',
    // African
    'Okonkwo', 'Adeyemi', 'Mensah', 'Diallo', 'Kamau', 'Odinga', 'Dlamini', 'Tshabalala', 'Ramaphosa', 'Botha', 'Coetzee',
    // Romance
    'Hernández', 'Rodríguez', 'Oliveira', 'Bolsonaro', 'Rossi', 'Meloni', 'Dubois', 'Lefèvre', 'Tremblay',
    // Germanic, Nordic
    'Schmidt', 'Visser', 'Rasmussen', 'Lindqvist', 'Korhonen',
    // Central and Eastern European, Greek
    'Kowalski', 'Wiśniewski', 'Novák', 'Popescu', 'Ivanov', 'Shevchenko', 'Papadopoulos',
    // English, Scottish, Irish, Welsh, Anglo-American
    'Murphy', 'Jones', 'Gallagher', 'Griffiths', 'Buffett',
  ])('%s is a surname', (name) => {
    expect(isKnownSurname(name)).toBe(true);
  });

  it('takes the first letter in either case', () => {
    expect(['arora', 'kowalski', 'müller', 'nguyen'].map(isKnownSurname)).toEqual([true, true, true, true]);
  });

  it('folds accents: the accented spelling and the plain ones', () => {
    const names = ['Müller', 'Mueller', 'Muller', 'Jørgensen', 'Jorgensen', 'Nguyễn', 'Đoković', 'Djokovic', 'Öztürk', 'Ozturk', 'Weiß', 'Weiss', 'Wałęsa', 'Walesa'];
    expect(names.filter((n) => !isKnownSurname(n))).toEqual([]);
  });

  it('knows "O\'", "Mc" and "Mac" names by their form, with a straight or a curly apostrophe', () => {
    const names = ['O’Brien', "O'Brien", 'O’Sullivan', "O'Donnell", 'McAllister', 'McNaughton', 'MacGregor', 'MacAskill'];
    expect(names.filter((n) => !isKnownSurname(n))).toEqual([]);
  });

  it('lets a capital stand inside a name only after a particle, an apostrophe or a hyphen', () => {
    expect(['LeCun', 'DeSantis', "D'Souza", "N'Guessan", "Yar'Adua"].map(isKnownSurname)).toEqual([true, true, true, true, true]);
    expect(['GoTo', 'MacBook', 'McKinsey'].map(isKnownSurname)).toEqual([false, false, false]);
  });

  it('knows a hyphenated double surname when every part is known, and an Arabic "al-" or "el-"', () => {
    expect(['Okonkwo-Adeyemi', 'Okonjo-Iweala', 'Sánchez-Galán', 'Akufo-Addo', 'Al-Jaber', 'El-Erian'].map(isKnownSurname)).toEqual([true, true, true, true, true, true]);
    expect(['Okonkwo-Capital', 'Growth-Arora', 'Al-Capital'].map(isKnownSurname)).toEqual([false, false, false]);
  });

  it('leaves out ordinary words', () => {
    const words = ['Park', 'Price', 'Bank', 'Growth', 'Capital', 'Tan', 'Lee', 'Walker', 'Hill', 'Levy', 'Store', 'Stone', 'Young'];
    expect(words.filter(isKnownSurname)).toEqual([]);
  });

  it('leaves out companies, brands and places', () => {
    const names = ['Ford', 'Tata', 'Samsung', 'Siemens', 'Boeing', 'Bose', 'Adani', 'Roche', 'Jordan', 'Paris', 'Colombo'];
    expect(names.filter(isKnownSurname)).toEqual([]);
  });

  it('never takes a word in capitals, a single letter or an empty string', () => {
    expect(['ARORA', 'NG', 'MÜLLER', "O'BRIEN", 'OKONKWO-ADEYEMI', 'A', 'o', '', 'Mc', "O'B"].filter(isKnownSurname)).toEqual([]);
  });
});
