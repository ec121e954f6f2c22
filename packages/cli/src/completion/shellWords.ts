/**
 * Names, flags and choices that go into a completion script unquoted, inside a word list the
 * shell expands. Everything in the command and settings tables is this plain; anything else is
 * left out rather than risk a script that runs part of a word as code.
 */
const SHELL_WORD = /^[A-Za-z0-9][A-Za-z0-9._/-]*$|^--?[A-Za-z0-9][A-Za-z0-9._-]*$/;

export function isShellWord(word: string): boolean {
  return SHELL_WORD.test(word);
}

/** Only the plain words, space-separated. */
export function shellWords(words: readonly string[]): string {
  return words.filter(isShellWord).join(' ');
}

/** One line of free text (a description), however the table spelled it. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
