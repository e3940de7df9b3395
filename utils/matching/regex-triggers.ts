// What text an expression cannot match without: a short list of literal strings
// one of which occurs in every text the expression matches (its "triggers").
// The page then runs an expression only on posts holding one of its triggers,
// found by a single pass for all expressions, instead of one pass each.
// Runs where rules are compiled, not in the content script. Syntax this reader
// does not know yields no triggers: the expression then runs on every post.

/** A set of strings, one of which occurs in the text (null: no such set is known). */
type Strings = string[] | null;

interface Facts {
  /** Every string the part can match, when few. */
  exact: Strings;
  /** Strings one of which every match of the part contains (or, for a lookaround, the text around it). */
  needs: Strings;
}

/** Sets are kept small: a trigger list of dozens of strings selects little. */
const MAX_STRINGS = 24;
/** A range in a character class is listed when it is no longer than this. */
const MAX_RANGE = 16;

const ANY: Facts = { exact: null, needs: null };
const EMPTY: Facts = { exact: [''], needs: null };
const CLASS_ESCAPES = 'dDwWsS';
const CONTROL: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };

class Unreadable extends Error {}

const lit = (ch: string): Facts => ({ exact: [ch], needs: null });

function product(a: string[], b: string[]): Strings {
  if (a.length * b.length > MAX_STRINGS) return null;
  return [...new Set(a.flatMap((x) => b.map((y) => x + y)))];
}

/** Shorter strings match more text; a set holding '' requires nothing. */
function better(a: Strings, b: Strings): Strings {
  const rank = (s: Strings) => (s ? Math.min(4, ...s.map((x) => x.length)) * 100 - s.length : -1);
  const [x, y] = [usable(a), usable(b)];
  return rank(y) > rank(x) ? y : x;
}

/** The set without strings that hold another of its strings (those add nothing), or null when it requires nothing. */
function usable(s: Strings): Strings {
  if (!s || s.includes('')) return null;
  return s.filter((x) => !s.some((y) => y !== x && x.includes(y)));
}

class Reader {
  private at = 0;
  constructor(private readonly src: string) {}

  read(): Facts {
    const facts = this.alternatives();
    if (this.at < this.src.length) throw new Unreadable();
    return facts;
  }

  private peek(): string | undefined {
    return this.src[this.at];
  }

  private alternatives(): Facts {
    const branches = [this.sequence()];
    while (this.peek() === '|') {
      this.at++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0]!;
    const exact = branches.every((b) => b.exact) ? [...new Set(branches.flatMap((b) => b.exact!))] : null;
    const each = branches.map((b) => usable(better(b.needs, b.exact)));
    const needs = each.every(Boolean) ? [...new Set(each.flatMap((s) => s!))] : null;
    return { exact: exact && exact.length <= MAX_STRINGS ? exact : null, needs: needs && needs.length <= MAX_STRINGS ? needs : null };
  }

  private sequence(): Facts {
    let run: Strings = [''];
    let whole = true;
    let needs: Strings = null;
    while (this.at < this.src.length && this.peek() !== '|' && this.peek() !== ')') {
      const part = this.quantified();
      needs = better(needs, part.needs);
      const joined: Strings = run && part.exact ? product(run, part.exact) : null;
      if (joined) {
        run = joined;
        continue;
      }
      whole = false;
      needs = better(needs, run);
      run = part.exact ?? [''];
    }
    return { exact: whole ? run : null, needs: better(needs, run) };
  }

  private quantified(): Facts {
    const part = this.atom();
    const bounds = this.bounds();
    if (!bounds) return part;
    if (this.peek() === '?') this.at++;
    const [min, max] = bounds;
    if (min === 0) return { exact: max === 1 && part.exact ? ['', ...part.exact] : null, needs: null };
    const one = better(part.needs, part.exact);
    if (min === 1 && max === 1) return part;
    let exact: Strings = min === max && part.exact ? [''] : null;
    for (let i = 0; exact && i < min; i++) exact = product(exact, part.exact!);
    return { exact, needs: one };
  }

  private bounds(): [number, number] | null {
    const c = this.peek();
    if (c === '*' || c === '+' || c === '?') {
      this.at++;
      return [c === '+' ? 1 : 0, c === '?' ? 1 : Infinity];
    }
    if (c !== '{') return null;
    const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.at));
    if (!m) return null;
    this.at += m[0].length;
    const min = Number(m[1]);
    return [min, m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity];
  }

  private atom(): Facts {
    const c = this.src[this.at++]!;
    switch (c) {
      case '(':
        return this.group();
      case '[':
        return this.charClass();
      case '.':
        return ANY;
      case '^':
      case '$':
        return EMPTY;
      case '\\':
        return this.escape();
      case '*':
      case '+':
      case '?':
        throw new Unreadable();
      default:
        return lit(c);
    }
  }

  private group(): Facts {
    const head = /^\?(?:<?[=!]|:|<[A-Za-z_$][\w$]*>)/.exec(this.src.slice(this.at))?.[0] ?? '';
    if (this.peek() === '?' && !head) throw new Unreadable();
    this.at += head.length;
    const inner = this.alternatives();
    if (this.src[this.at++] !== ')') throw new Unreadable();
    if (head.endsWith('!')) return EMPTY;
    // A lookaround consumes nothing, but what it looks at is in the text.
    if (head.endsWith('=')) return { exact: [''], needs: usable(better(inner.needs, inner.exact)) };
    return inner;
  }

  private escape(): Facts {
    const c = this.src[this.at++];
    if (c === undefined) throw new Unreadable();
    if (c === 'b' || c === 'B') return EMPTY;
    if (CLASS_ESCAPES.includes(c) || /[1-9k]/.test(c)) return ANY;
    return lit(this.escapedChar(c));
  }

  /** The character an escape (after its backslash) stands for; the reader is past `c`. */
  private escapedChar(c: string): string {
    if (c === 'u' || c === 'x') {
      const digits = c === 'u' ? 4 : 2;
      const hex = this.src.slice(this.at, this.at + digits);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== digits) throw new Unreadable();
      this.at += digits;
      return String.fromCharCode(parseInt(hex, 16));
    }
    if (c === 'c' || c === 'p' || c === 'P') throw new Unreadable();
    return CONTROL[c] ?? c;
  }

  private charClass(): Facts {
    const negated = this.peek() === '^';
    if (negated) this.at++;
    const chars = new Set<string>();
    let listable = true;
    while (this.peek() !== ']') {
      if (this.at >= this.src.length) throw new Unreadable();
      const from = this.classChar();
      if (from === null) {
        listable = false;
        continue;
      }
      if (this.peek() === '-' && this.src[this.at + 1] !== ']') {
        this.at++;
        const to = this.classChar();
        if (to === null) throw new Unreadable();
        const span = to.charCodeAt(0) - from.charCodeAt(0);
        if (span < 0) throw new Unreadable();
        if (span > MAX_RANGE) listable = false;
        else for (let code = from.charCodeAt(0); code <= to.charCodeAt(0); code++) chars.add(String.fromCharCode(code));
      } else {
        chars.add(from);
      }
    }
    this.at++;
    if (negated || !listable || chars.size === 0 || chars.size > MAX_STRINGS) return ANY;
    return { exact: [...chars], needs: null };
  }

  /** One character of a class, or null for a class escape such as \d. */
  private classChar(): string | null {
    const c = this.src[this.at++]!;
    if (c !== '\\') return c;
    const e = this.src[this.at++];
    if (e === undefined) throw new Unreadable();
    if (CLASS_ESCAPES.includes(e)) return null;
    if (e === 'b') return '\b';
    return this.escapedChar(e);
  }
}

/** Literal strings one of which occurs in every text that `source` matches, or null when none are known. */
export function regexTriggers(source: string): string[] | null {
  let facts: Facts;
  try {
    facts = new Reader(source).read();
  } catch (err) {
    if (err instanceof Unreadable) return null;
    throw err;
  }
  const found = usable(better(facts.needs, facts.exact))?.map((s) => s.toLowerCase());
  // Page text has its Latin capitals folded, so lower-cased triggers find what the expression's `i` flag would; other
  // scripts' capitals are not folded, and an expression needing them is run on every text.
  const casedBeyondLatin = (s: string) => {
    const rest = s.replace(/[\x00-\x7f]/g, '');
    return rest.toLowerCase() !== rest.toUpperCase();
  };
  return found && found.length <= MAX_STRINGS && !found.some(casedBeyondLatin) ? found : null;
}
