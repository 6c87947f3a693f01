// A word list written into a pattern in detection code is data a translator cannot find: the
// words of each language live in the lexicon files, one entry per line, read as sections
// (utils/detection/lexicons/README.md). This rule refuses a pattern with a group of many
// alternatives that are whole words. A group that follows "\p{L}+" (or another repeat) is a
// word's ending, grammar rather than vocabulary, and is not counted; so is a group that opens a
// pattern unanchored and closes it at the text's end ("(?:ом|ами)$": the end of any word).

/** Alternatives of one group that are words: letters, apostrophes and spaces, two or more. */
const WORD = /^[\p{L}\p{M}'’ ]{2,}$/u;
/** A word's optional or open ending ("years?", "миллион\p{L}*") does not make it less a word. */
const OPEN_ENDING = /(?:\?|\\p\{L\}[*+])$/u;
/** A group right after repeated letters or digits is a set of endings ("\p{L}+(?:ет|ит)", "\d+(?:st|nd)"). */
const AFTER_REPEAT = /(?:\\p\{L\}|\\w|\\d|\])(?:[+*]|\{\d*,?\d*\})$/u;
const MAX_WORDS = 5;

/**
 * The groups of a pattern, each as its alternatives' texts and whether it follows a repeat.
 * Character classes and escapes are skipped as units.
 */
function groupsOf(pattern) {
  const groups = [];
  const stack = [{ alternatives: [''], endings: false }];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    const top = stack[stack.length - 1];
    const add = (text) => {
      for (const group of stack) group.alternatives[group.alternatives.length - 1] += text;
    };
    if (c === '\\') {
      add(pattern.slice(i, i + 2));
      i++;
    } else if (c === '[') {
      let j = i + 1;
      while (j < pattern.length && pattern[j] !== ']') j += pattern[j] === '\\' ? 2 : 1;
      add(pattern.slice(i, j + 1));
      i = j;
    } else if (c === '(') {
      const opener = /^\((?:\?(?:[:=!]|<[=!]|<[\p{L}\d_]+>))?/u.exec(pattern.slice(i))[0];
      const before = top.alternatives[top.alternatives.length - 1];
      add(opener);
      stack.push({ alternatives: [''], endings: AFTER_REPEAT.test(before), opensPattern: i === 0 });
      i += opener.length - 1;
    } else if (c === ')') {
      const group = stack.pop();
      if (group.opensPattern && pattern[i + 1] === '$') group.endings = true;
      groups.push(group);
      add(')');
    } else if (c === '|') {
      top.alternatives.push('');
    } else {
      add(c);
    }
  }
  groups.push(...stack);
  return groups;
}

/** The largest number of whole-word alternatives in one group of the pattern (endings not counted). */
export function wordsInLargestList(pattern) {
  let most = 0;
  for (const group of groupsOf(pattern)) {
    if (group.endings) continue;
    const words = group.alternatives.filter((alternative) => WORD.test(alternative.replace(OPEN_ENDING, ''))).length;
    most = Math.max(most, words);
  }
  return most;
}

function patternOf(node) {
  if (node.type === 'Literal' && node.regex) return node.regex.pattern;
  if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'MemberExpression' && node.tag.object.name === 'String' && node.tag.property.name === 'raw') {
    return node.quasi.quasis.map((q) => q.value.raw).join('');
  }
  return undefined;
}

export default {
  meta: {
    type: 'suggestion',
    docs: { description: 'Word lists belong in the lexicon files, not in patterns in code.' },
    schema: [],
  },
  create(context) {
    const check = (node) => {
      const pattern = patternOf(node);
      if (pattern === undefined) return;
      const words = wordsInLargestList(pattern);
      if (words > MAX_WORDS) {
        context.report({
          node,
          message: `A list of ${words} words in a pattern: words go in a lexicon section, one entry per line (utils/detection/lexicons/README.md).`,
        });
      }
    };
    return { Literal: check, TaggedTemplateExpression: check };
  },
};
