// Package sentences splits news text into sentences and paragraphs.
//
// The splitter is rule-based rather than trained (as NLTK's Punkt is) because
// news prose is regular enough that a list of abbreviations plus a few
// contextual rules gets nearly every boundary right, and rules are
// deterministic, fast and easy to fix when a reader reports a bad split.
//
// Decisions, in order:
//
//  1. A blank line ("\n", optional spaces, "\n") always ends a sentence and
//     starts a new paragraph.
//  2. Inside a paragraph a single newline is whitespace, unless the line
//     before it has no terminal punctuation and it, or the line after it, is a
//     list item ("- ", "* ", "• ", "1. ", "a) "), or the line before it looks
//     like a headline or byline (title case or all capitals, or at most four
//     words) and the next line starts like a sentence. Hard-wrapped prose
//     (lines of ordinary words, or a next line that starts in lower case)
//     keeps flowing across newlines.
//  3. A sentence can end at '.', '!', '?', '…' or a run of them, followed by
//     any closing quotes and brackets, followed by whitespace. A sentence
//     never ends inside a token ("3.5", "U.S.-led", "Yahoo!'s").
//  4. It does end there unless the next word starts in lower case or with
//     punctuation other than an opening quote or bracket ("... and so", "etc.,",
//     `"Stop!" he said`).
//  5. After a single '.', the token before it decides: titles (Mr., Dr.,
//     Sen., ...) and e.g., i.e., vs. never end a sentence; No., Vol., pp. ...
//     don't before a number; other abbreviations (U.S., Inc., Jan., a.m.,
//     initials like "J." or "J.K.") end a sentence only when the next word is
//     a common sentence opener ("The", "He", "But", ...) or an opening quote,
//     which tells "in the U.S. The next day" from "the U.S. Army"; a.m. and
//     p.m. end one before any capital but a time zone, a day or a month
//     ("at 9 p.m. Preliminary results ...", not "at 9 p.m. Eastern time").
//  6. A quoted question or exclamation followed by a short attribution
//     (`"Why?" Smith asked.`) stays one sentence.
package sentences

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Bounds is one sentence: a half-open byte range of the text, with leading
// and trailing whitespace excluded, and the paragraph it belongs to.
//
// Paragraphs are numbered 0, 1, 2, ... counting only paragraphs that hold at
// least one sentence, so consecutive blank lines or leading blank lines never
// create gaps in the numbering.
type Bounds struct{ Start, End, Paragraph int }

// Split returns the sentences of text in order.
func Split(text string) []Bounds {
	var out []Bounds
	para := 0
	for _, p := range paragraphs(text) {
		n := len(out)
		lines := p
		segStart := lines[0].start
		for i := 0; i+1 < len(lines); i++ {
			if hardBreak(text[lines[i].start:lines[i].end], text[lines[i+1].start:lines[i+1].end]) {
				out = splitSegment(text, segStart, lines[i].end, para, out)
				segStart = lines[i+1].start
			}
		}
		out = splitSegment(text, segStart, lines[len(lines)-1].end, para, out)
		if len(out) > n {
			para++
		}
	}
	return out
}

type span struct{ start, end int }

// paragraphs groups the non-blank lines of text into runs separated by blank
// lines. Each line span excludes its '\n'.
func paragraphs(text string) [][]span {
	var paras [][]span
	var cur []span
	for start := 0; start <= len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if isBlank(text[start:end]) {
			if len(cur) > 0 {
				paras = append(paras, cur)
				cur = nil
			}
		} else {
			cur = append(cur, span{start, end})
		}
		start = end + 1
	}
	if len(cur) > 0 {
		paras = append(paras, cur)
	}
	return paras
}

func isBlank(s string) bool {
	return strings.TrimFunc(s, unicode.IsSpace) == ""
}

// hardBreak reports whether the single newline between two lines of one
// paragraph ends a sentence. See rule 2 in the package comment.
func hardBreak(prev, next string) bool {
	prev = strings.TrimFunc(prev, unicode.IsSpace)
	next = strings.TrimFunc(next, unicode.IsSpace)
	if isListItem(next) {
		return true
	}
	if endsTerminal(prev) {
		// Normal sentence rules decide, so "Mr.\nSmith" stays together.
		return false
	}
	if isListItem(prev) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(next)
	if isOpener(r) {
		_, size := utf8.DecodeRuneInString(next)
		r, _ = utf8.DecodeRuneInString(next[size:])
	}
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false
	}
	return isHeadline(prev)
}

// endsTerminal reports whether s ends in sentence-final punctuation,
// possibly followed by closing quotes or brackets.
func endsTerminal(s string) bool {
	s = strings.TrimRightFunc(s, isCloser)
	r, _ := utf8.DecodeLastRuneInString(s)
	return isTerminator(r)
}

func isListItem(line string) bool {
	line = strings.TrimLeftFunc(line, unicode.IsSpace)
	r, size := utf8.DecodeRuneInString(line)
	switch r {
	case '-', '*', '•', '–', '—', '·', '▪', '►', '◦':
		rest := line[size:]
		return rest == "" || startsWithSpace(rest)
	}
	// "1. ", "12) ", "a) ", "(b) "
	s := strings.TrimPrefix(line, "(")
	i := 0
	for i < len(s) && i < 3 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 && len(s) > 0 && s[0] >= 'a' && s[0] <= 'z' {
		i = 1
	}
	if i == 0 || i >= len(s) || (s[i] != '.' && s[i] != ')') {
		return false
	}
	return i+1 == len(s) || startsWithSpace(s[i+1:])
}

func startsWithSpace(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsSpace(r)
}

// minorWords may stay lower case in a title-case headline.
var minorWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "but": true,
	"nor": true, "of": true, "in": true, "on": true, "at": true, "to": true,
	"for": true, "by": true, "with": true, "from": true, "as": true, "into": true,
	"over": true, "vs": true, "vs.": true, "v": true, "v.": true, "is": true,
	"are": true, "be": true, "after": true, "up": true, "off": true, "out": true,
}

// isHeadline reports whether a line without terminal punctuation reads like
// a headline, byline or dateline rather than a hard-wrapped piece of prose:
// short, or with every word that matters capitalised.
func isHeadline(line string) bool {
	words := strings.Fields(line)
	if len(words) == 0 || len(words) > 15 {
		return false
	}
	if len(words) <= 4 {
		return true
	}
	for _, w := range words {
		w = strings.TrimLeftFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if w == "" || minorWords[strings.ToLower(w)] {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

func isTerminator(r rune) bool {
	return r == '.' || r == '!' || r == '?' || r == '…' || r == '‼' || r == '⁇' || r == '⁈' || r == '⁉'
}

// isCloser reports closing quotes and brackets that belong to the sentence
// they follow. ASCII quotes are ambiguous; they count as closing only right
// after a terminator, which is the only place this is asked.
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', '›', ')', ']', '}', '“', '‘':
		// '“' and '‘' appear as closers in text typed with the wrong
		// smart-quote direction; after a terminator they cannot open.
		return true
	}
	return false
}

func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '«', '‹', '„', '‚', '(', '[', '{', '¿', '¡':
		return true
	}
	return false
}

func isQuote(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', '›', '“', '‘':
		return true
	}
	return false
}

// splitSegment appends the sentences of text[ss:se], a run of lines with no
// hard break inside, to out.
func splitSegment(text string, ss, se, para int, out []Bounds) []Bounds {
	seg := text[:se]
	start := ss
	for i := ss; i < se; {
		r, size := utf8.DecodeRuneInString(seg[i:])
		if !isTerminator(r) {
			i += size
			continue
		}
		j := i + size // end of the terminator run
		for j < se {
			r, size := utf8.DecodeRuneInString(seg[j:])
			if !isTerminator(r) {
				break
			}
			j += size
		}
		k := closersEnd(seg, j)
		if k < se {
			if r, _ := utf8.DecodeRuneInString(seg[k:]); !unicode.IsSpace(r) {
				i = k
				continue
			}
		}
		if k == se || endsSentence(seg, ss, start, i, j, k) {
			out = emit(text, start, k, para, out)
			start = k
		}
		i = k
	}
	return emit(text, start, se, para, out)
}

// closersEnd returns the end of the closing quotes and brackets that start
// at j. French typography puts a space before a closing guillemet
// ("« Non. »"), so spaces followed by '»' or '›' count as part of it.
func closersEnd(seg string, j int) int {
	k := j
	for k < len(seg) {
		r, size := utf8.DecodeRuneInString(seg[k:])
		if unicode.IsSpace(r) && r != '\n' {
			rest := strings.TrimLeftFunc(seg[k:], func(r rune) bool { return unicode.IsSpace(r) && r != '\n' })
			if strings.HasPrefix(rest, "»") || strings.HasPrefix(rest, "›") {
				k = len(seg) - len(rest)
				continue
			}
			break
		}
		if !isCloser(r) {
			break
		}
		k += size
	}
	return k
}

// emit appends text[start:end] trimmed of whitespace, if anything is left.
func emit(text string, start, end, para int, out []Bounds) []Bounds {
	for start < end {
		r, size := utf8.DecodeRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += size
	}
	for end > start {
		r, size := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	if start == end {
		return out
	}
	return append(out, Bounds{Start: start, End: end, Paragraph: para})
}

// endsSentence decides a candidate boundary: seg[i:j] is a run of
// terminators, seg[j:k] closing marks, and whitespace follows k. start is
// where the current sentence began and ss where the segment began.
func endsSentence(seg string, ss, start, i, j, k int) bool {
	m := k
	for m < len(seg) {
		r, size := utf8.DecodeRuneInString(seg[m:])
		if !unicode.IsSpace(r) {
			break
		}
		m += size
	}
	if m == len(seg) {
		return true
	}
	// Skip opening quotes and brackets to the first real character. Spaces
	// are skipped too because of stray quotes such as `year. " And ...`.
	opened := false
	c := m
	for c < len(seg) {
		r, size := utf8.DecodeRuneInString(seg[c:])
		if isOpener(r) {
			opened = true
		} else if !opened || !unicode.IsSpace(r) {
			break
		}
		c += size
	}
	lead, _ := utf8.DecodeRuneInString(seg[c:])
	switch {
	case unicode.IsLower(lead):
		return false
	case unicode.IsUpper(lead) || unicode.IsDigit(lead) || unicode.IsLetter(lead):
	case unicode.Is(unicode.Sc, lead) || lead == '#' || lead == '@':
		// "$5m was raised", "#MeToo began": symbols that open sentences.
	default:
		// A dash, comma, another '.' (". . ."), or anything else that
		// cannot open a sentence.
		return false
	}
	next := leadingWord(seg[c:])

	term := seg[i:j]
	quoted := false
	for _, r := range seg[j:k] {
		if isQuote(r) {
			quoted = true
		}
	}
	if quoted && !opened && attribution(seg[c:], term != ".") {
		return false
	}
	if strings.ContainsAny(term, "!?‼⁇⁈⁉") || term != "." {
		// Questions, exclamations and ellipses end a sentence before a
		// capital; the lower-case case was handled above.
		return true
	}

	// A single '.': look at the token it ends.
	ts := i
	for ts > ss {
		r, size := utf8.DecodeLastRuneInString(seg[ss:ts])
		if unicode.IsSpace(r) {
			break
		}
		ts -= size
	}
	token := strings.TrimLeftFunc(seg[ts:i], isOpener)
	if strings.Trim(token, ".") == "" {
		// A spaced ellipsis ". . ." or a stray period.
		return true
	}
	first := strings.TrimLeftFunc(seg[start:ts], unicode.IsSpace) == ""
	if first && isListMarker(token) {
		// "1. Introduction", "A. The first point": a list marker, not a
		// sentence.
		return false
	}
	digit := unicode.IsDigit(lead) && !opened
	switch abbreviationKind(token) {
	case title:
		return false
	case numeric:
		if digit {
			return false
		}
		if token == "no" || token == "nos" || (first && token == "No") {
			// The word, not the abbreviation: "He said no. Smith left.",
			// "No. Smith left."
			return true
		}
		return opened || starters[next]
	case ambiguous:
		if clockTime(token) && !digit {
			// "at 9 p.m. Preliminary results showed": after a clock time
			// only a time zone, a day or a date goes on ("8 p.m. Eastern
			// time", "10 a.m. Tuesday", "7 p.m. GMT"); any other capital
			// opens a sentence, where after "U.S." it could be a name.
			return opened || !clockFollowers[next]
		}
		return opened || starters[next]
	}
	return true
}

// clockTime reports whether a token is a.m. or p.m. (its final period is
// not part of the token).
func clockTime(token string) bool {
	switch strings.ToLower(token) {
	case "a.m", "p.m":
		return true
	}
	return false
}

// clockFollowers are the capitalised words that go on after "a.m." and
// "p.m.": time zones, days and months.
var clockFollowers = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`Eastern Central Mountain Pacific Atlantic Alaska Hawaii Greenwich
		British European Western Moscow India Japan China Arabia Australian Local
		ET EST EDT CT CST CDT MT MST MDT PT PST PDT AKST AKDT HST GMT BST UTC CET CEST EET EEST WET WEST
		IST JST KST AEST AEDT MSK SAST WAT EAT Z
		Monday Tuesday Wednesday Thursday Friday Saturday Sunday
		Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun
		January February March April May June July August September October November December
		Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec`) {
		clockFollowers[w] = true
	}
}

// leadingWord returns the run of letters at the start of s.
func leadingWord(s string) string {
	end := len(s)
	for i, r := range s {
		if !unicode.IsLetter(r) {
			end = i
			break
		}
	}
	return s[:end]
}

func isListMarker(token string) bool {
	if len(token) <= 3 && strings.Trim(token, "0123456789") == "" {
		return true
	}
	if utf8.RuneCountInString(token) == 1 {
		r, _ := utf8.DecodeRuneInString(token)
		return unicode.IsLetter(r)
	}
	return strings.Trim(token, "IVX") == "" && len(token) <= 4
}

// speechVerbs mark a short attribution after a quotation.
var speechVerbs = map[string]bool{
	"said": true, "says": true, "asked": true, "asks": true, "added": true,
	"adds": true, "told": true, "tells": true, "wrote": true, "writes": true,
	"replied": true, "replies": true, "explained": true, "shouted": true,
	"cried": true, "exclaimed": true, "insisted": true, "continued": true,
	"recalled": true, "warned": true, "admitted": true, "declared": true,
	"wondered": true, "joked": true, "yelled": true, "screamed": true,
	"demanded": true, "tweeted": true, "posted": true,
}

// attribution reports whether s starts with one to three capitalised words
// and then a speech verb, as in `"Why?" Smith asked.` After a question or
// exclamation (loose) any continuation counts; after a '.', the verb must end
// the clause (`"No." Smith said.`), because `"No." Smith said the board ...`
// is a new sentence. A verb followed by a colon introduces the next quote
// (`"..." Smith added: "..."`), and a capitalised pronoun or other common
// opener ("He added ...") starts a new sentence, so neither is attribution.
func attribution(s string, loose bool) bool {
	// Four words fit in far fewer bytes; the cap keeps Split linear when
	// a long paragraph has many quoted sentences.
	truncated := len(s) > 120
	if truncated {
		s = s[:120]
	}
	words := strings.Fields(s)
	for n := 0; n < len(words) && n < 4; n++ {
		w := words[n]
		bare := strings.TrimRightFunc(w, unicode.IsPunct)
		if n > 0 && speechVerbs[bare] {
			if strings.HasPrefix(w[len(bare):], ":") {
				return false
			}
			return loose || bare != w || (n+1 == len(words) && !truncated)
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || bare != w || starters[w] {
			return false
		}
	}
	return false
}
