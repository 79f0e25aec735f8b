package quotes

import (
	"strings"
	"unicode"
)

// region is a stretch of quoted text within one paragraph, from its
// opening mark to its closing mark (both included; either may be
// missing).
type region struct {
	first, last int // token indexes, inclusive
	para        int
	// open and close report whether the region has its marks; an open
	// region without close runs to the paragraph's end.
	open, close bool
	// cont links a region that opens a paragraph to the unclosed region
	// that ended the previous one (a quote running over paragraphs); -1
	// when none.
	cont int
}

// doc is an article body prepared for attribution.
type doc struct {
	rs      []rune
	toks    []token
	paras   [][2]int // token ranges [first, end)
	regions []region
	inq     []int    // region of each token, -1 outside quotes
	sents   [][2]int // token ranges [first, end), never across paragraphs
	sentOf  []int    // sentence of each token
	paraOf  []int    // paragraph of each token
}

func newDoc(text string) *doc {
	d := &doc{rs: runesOf(text)}
	d.toks = tokenize(text, d.rs)
	singleQuotes(d.toks, d.rs)
	d.paraOf = make([]int, len(d.toks))
	start := 0
	breakAt := paragraphGap(d.toks)
	for i := range d.toks {
		if i > 0 && int(d.toks[i].gap) >= breakAt {
			d.paras = append(d.paras, [2]int{start, i})
			start = i
		}
	}
	if start < len(d.toks) {
		d.paras = append(d.paras, [2]int{start, len(d.toks)})
	}
	for p, pr := range d.paras {
		for i := pr[0]; i < pr[1]; i++ {
			d.paraOf[i] = p
		}
	}
	d.findRegions()
	d.splitSentences()
	return d
}

// singleQuotes makes quote marks of the single marks of a text that
// quotes with them, as British style does (‘We will win,’ she said). The
// apostrophes inside words were taken by the tokenizer already; a mark
// before a digit ("the ’90s") stays an apostrophe.
func singleQuotes(toks []token, rs []rune) {
	opener := func(i int) bool {
		return i+1 < len(toks) && toks[i+1].start == toks[i].end && toks[i+1].kind == word && (i == 0 || toks[i-1].end < toks[i].start || toks[i-1].kind == punct)
	}
	closer := func(i int) bool {
		return i > 0 && toks[i-1].end == toks[i].start && (i+1 >= len(toks) || toks[i+1].kind != word || toks[i+1].start > toks[i].end)
	}
	// Count the quotations each style opens outside the other's: single
	// marks nested in double ones are American ("“He said, ‘Go,’ so I
	// went”"), double ones nested in single ones British.
	singles, doubles := 0, 0
	inDouble, inSingle := false, false
	for i := range toks {
		t := &toks[i]
		if t.gap > 0 {
			inDouble, inSingle = false, false // quotations end with their line
		}
		switch {
		case t.kind == qmark:
			if opener(i) && !inDouble {
				if !inSingle {
					doubles++
				}
				inDouble = true
			} else {
				inDouble = false
			}
		case t.kind == punct && (t.text == "‘" || t.text == "'") && opener(i):
			if !inDouble {
				singles++
				inSingle = true
			}
		case t.kind == punct && (t.text == "’" || t.text == "'") && closer(i):
			inSingle = false
		}
	}
	// British style quotes with single marks, and any double ones are
	// nested in them: then the single marks are the quotations and the
	// double ones part of what they quote.
	if singles == 0 || doubles > 0 {
		return
	}
	for i := range toks {
		t := &toks[i]
		if t.kind == qmark && len([]rune(t.text)) == 1 {
			t.kind = punct
			continue
		}
		if t.kind != punct || t.text != "‘" && t.text != "’" && t.text != "'" {
			continue
		}
		if int(t.end) < len(rs) && unicode.IsDigit(rs[t.end]) {
			continue
		}
		t.kind = qmark
	}
}

// paragraphGap returns how many line breaks end a paragraph: two, a blank
// line, unless single line breaks nearly always follow the end of a
// sentence, in a text that sets its paragraphs apart by line alone.
// Hard-wrapped text breaks lines mid-sentence and keeps two.
func paragraphGap(toks []token) int {
	single, ends := 0, 0
	for i := 1; i < len(toks); i++ {
		if toks[i].gap != 1 {
			continue
		}
		single++
		switch toks[i-1].text {
		case ".", "!", "?", "…", "”", "\"", "’", ":", ")":
			ends++
		}
	}
	if single >= 2 && ends*4 >= single*3 {
		return 1
	}
	return 2
}

// opens guesses whether the quote mark at i opens a quotation, from the
// spacing around it and, where spacing says nothing, the mark's shape.
// sure is false when the guess rests on shape alone.
func (d *doc) opens(i int) (opens, sure bool) {
	t := &d.toks[i]
	before := t.space || i == 0 || d.toks[i-1].kind == punct && isOpener(d.toks[i-1].text)
	after := false
	if i+1 < len(d.toks) {
		n := &d.toks[i+1]
		after = !n.space && n.gap == 0
		if n.kind == punct && strings.ContainsAny(n.text, ",.;:!?)]") {
			after = false // a mark followed by , or . closes
		}
	}
	shape := t.text == "“" || t.text == "„" || t.text == "«"
	switch {
	case before && after:
		return true, true
	case !before && !after:
		return false, true
	default:
		return shape, false
	}
}

func isOpener(s string) bool {
	return s == "(" || s == "[" || s == "{" || s == "—" || s == "–" || s == "-"
}

// findRegions pairs quote marks within each paragraph.
func (d *doc) findRegions() {
	d.inq = make([]int, len(d.toks))
	for i := range d.inq {
		d.inq[i] = -1
	}
	prevOpen := -1 // region left unclosed at the end of the previous paragraph
	for p, pr := range d.paras {
		var marks []int
		for i := pr[0]; i < pr[1]; i++ {
			if d.toks[i].kind == qmark {
				marks = append(marks, i)
			}
		}
		cur := -1 // open mark index
		add := func(r region) {
			d.regions = append(d.regions, r)
			for k := r.first; k <= r.last; k++ {
				d.inq[k] = len(d.regions) - 1
			}
		}
		unclosed := -1
		for mi, m := range marks {
			o, sure := d.opens(m)
			if cur < 0 {
				if !o && sure && mi == 0 && prevOpen >= 0 && m-pr[0] > 2 {
					// A closing mark with no opening one in a paragraph that
					// follows an unclosed quote: the quote ran on without
					// its marks.
					add(region{first: pr[0], last: m, para: p, close: true, cont: prevOpen})
					continue
				}
				if !o && sure {
					continue // stray closing mark
				}
				cur = m
				continue
			}
			if o && sure && d.toks[m].text == "“" && d.toks[cur].text == "“" {
				// Two opening marks in a row: the first was never closed.
				cur = m
				continue
			}
			add(region{first: cur, last: m, para: p, open: true, close: true, cont: -1})
			cur = -1
		}
		if cur >= 0 && pr[1]-cur > 1 {
			add(region{first: cur, last: pr[1] - 1, para: p, open: true, cont: -1})
			unclosed = len(d.regions) - 1
		}
		// A paragraph opening with a quote mark after one that ended
		// inside a quotation continues it.
		if prevOpen >= 0 {
			for ri := len(d.regions) - 1; ri >= 0 && d.regions[ri].para == p; ri-- {
				if d.regions[ri].first == pr[0] && d.regions[ri].open {
					d.regions[ri].cont = prevOpen
				}
			}
		}
		prevOpen = unclosed
	}
}

// speechLike reports whether region ri holds speech rather than a title or
// a scare-quoted phrase: several words, or a full clause.
func (d *doc) speechLike(ri int) bool {
	r := &d.regions[ri]
	words := 0
	// Counting stops at four: a quotation left open runs to its
	// paragraph's end, and each sentence in it asks.
	for k := r.first; k <= r.last && words < 4; k++ {
		if d.toks[k].kind == word {
			words++
		}
	}
	return words >= 4
}

// splitSentences splits each paragraph into sentences. Quoted regions are
// kept whole so that `"One. Two," he said.` stays one unit.
func (d *doc) splitSentences() {
	d.sentOf = make([]int, len(d.toks))
	for _, pr := range d.paras {
		start := pr[0] + d.dateline(pr[0], pr[1])
		if start >= pr[1] {
			start = pr[0] // all dateline ("AA-"): a sentence after all
		}
		for i := pr[0]; i < pr[1]; i++ {
			if i > start && d.toks[i].gap == 1 {
				d.sents = append(d.sents, [2]int{start, i})
				start = i
			}
			if !d.sentenceEnd(i, pr[1]) {
				continue
			}
			d.sents = append(d.sents, [2]int{start, i + 1})
			start = i + 1
		}
		if start < pr[1] {
			d.sents = append(d.sents, [2]int{start, pr[1]})
		}
	}
	d.capSentences()
	for i := range d.sentOf {
		d.sentOf[i] = -1
	}
	for s, sr := range d.sents {
		for i := sr[0]; i < sr[1]; i++ {
			d.sentOf[i] = s
		}
	}
	// A dateline ("WASHINGTON (AP) -") belongs to the sentence it opens.
	next := len(d.sents) - 1
	for i := len(d.sentOf) - 1; i >= 0; i-- {
		if d.sentOf[i] >= 0 {
			next = d.sentOf[i]
		} else {
			d.sentOf[i] = max(next, 0)
		}
	}
}

// dateline returns the length in tokens of a dateline opening the
// paragraph at i ("WASHINGTON (AP) —", "NASHUA, N.H. -"), 0 when none:
// it is not part of the first sentence's subject.
func (d *doc) dateline(i, end int) int {
	upper := false
	for k := i; k < end && k < i+10; k++ {
		t := &d.toks[k]
		switch {
		case t.kind == word && (isUpperWord(t.text) || t.capital() && (strings.HasSuffix(t.text, ".") || upper && k > i && d.toks[k-1].text == ",")):
			upper = upper || isUpperWord(t.text)
		case t.text == "," || t.text == "(" || t.text == ")":
		case isDashToken(d.toks, k) || t.text == "-" || t.text == ":" && false:
			if upper && k > i {
				return k + 1 - i
			}
			return 0
		default:
			return 0
		}
	}
	return 0
}

func (d *doc) sentenceEnd(i, end int) bool {
	t := &d.toks[i]
	if i+1 >= end {
		return false
	}
	next := &d.toks[i+1]
	q := d.inq[i]
	switch {
	case t.kind == punct && (t.text == "." || t.text == "!" || t.text == "?" || t.text == "…") && q < 0:
		// Several marks in a row ("?!", "...") end at the last one.
		if next.kind == punct && (next.text == "." || next.text == "!" || next.text == "?" || next.text == ")") {
			return false
		}
		if next.kind == qmark {
			// An opening mark starts the next sentence; a closing one
			// ends this sentence itself.
			nq := d.inq[i+1]
			return nq >= 0 && d.regions[nq].first == i+1
		}
		return startsSentence(next)
	case t.kind == qmark && q >= 0 && d.regions[q].last == i && d.regions[q].close:
		// A quotation that ends in a full stop ends the sentence when a
		// capital follows, unless the capital starts an attribution
		// ("…," Smith said).
		prev := &d.toks[i-1]
		if prev.kind != punct || !(prev.text == "." || prev.text == "!" || prev.text == "?" || prev.text == "…") {
			return false
		}
		if !startsSentence(next) {
			return false
		}
		// "…?" Smith asked. / "…." Trump said.: the attribution belongs to
		// the quotation, after a name of up to five capitalized words
		// ("…!” U.S. Senator Ann Lee said").
		for k := i + 1; k < end && k <= i+6; k++ {
			t := &d.toks[k]
			if isSayForm(t.lower) && k > i+1 {
				if prev.text != "." {
					return false
				}
				// After a full stop only a closing attribution joins:
				// "….” Trump said." but not "….” She says it ….".
				if k+1 < end {
					n := &d.toks[k+1]
					opensQuote := n.text == "," && k+2 < end && d.toks[k+2].kind == qmark
					if n.text == "." || n.text == "," && !opensQuote || n.in(inPrepositions) || n.in(inTimeWords) {
						return false
					}
				}
				return true
			}
			// "…?” Hannity pressed.": a name and a verb in the past that
			// ends the sentence report the quotation too.
			if prev.text != "." && k > i+1 && t.kind == word && !t.capital() && len(t.lower) > 4 && strings.HasSuffix(t.lower, "ed") && k+1 < end && (d.toks[k+1].text == "." || d.toks[k+1].text == ",") {
				return false
			}
			if t.kind != word || !(t.capital() || t.is("he", "she", "they")) {
				break
			}
		}
		// "…?” Ortiz, a retired nurse from a small town, said …": a name and
		// its appositive before the cue.
		// So is "…!” Rep. Ann Lee, R-Pa., said": a name of a few
		// capitalized words.
		c := i + 1
		for c < end && c < i+5 && d.toks[c].kind == word && d.toks[c].capital() {
			c++
		}
		if prev.text != "." && next.capital() && next.kind == word && c < end && c > i+1 && d.toks[c].text == "," {
			for k := c + 1; k < end && k <= c+24; k++ {
				t := &d.toks[k]
				if t.kind == qmark || t.text == "." || t.text == "?" || t.text == "!" {
					break
				}
				if isSayForm(t.lower) && !t.capital() && d.toks[k-1].text == "," {
					return false
				}
			}
		}
		return true
	case t.kind == word && t.lower[len(t.lower)-1] == '.' && q < 0:
		// An abbreviation ending the sentence: "... in the U.S. The ...",
		// "... in Springfield, Ill. While ...". One that stands before a
		// name or a number ("Gen.", "Jan.") never ends it, nor does a
		// lone initial.
		if w := trimDot(t.lower); next.capital() && commonStarter(next.lower) && (abbreviations[w] && !leadingAbbrevs[w] || !abbreviations[w] && len(t.text) > 3) {
			return true
		}
		// "… in Eugene, Ore. “The ferry is …”": a quotation of
		// speech opening after any abbreviation but a title or "No."
		// starts a sentence.
		// So does one whose first words were left out: `… Ill. ". . . I
		// just want …"`.
		if nq := d.inq[i+1]; next.kind == qmark && nq >= 0 && d.regions[nq].first == i+1 && d.speechLike(nq) && !t.in(inTitles) && !t.is("no.", "vs.", "v.", "st.") {
			k := i + 2
			for k < end && k < i+8 && d.toks[k].kind == punct && (d.toks[k].text == "." || d.toks[k].text == "…") {
				k++
			}
			if k < end && d.toks[k].capital() {
				return true
			}
		}
		// A party label keeps its period ("Ann Lee, D-Mo., said"), but
		// one that ends a sentence ends it: "… Ann Lee, D-Mo. Republicans
		// said …".
		if _, ok := partyLabel(strings.TrimSuffix(t.text, ".")); ok && next.kind == word && next.capital() {
			return true
		}
	}
	return false
}

func trimDot(s string) string {
	if n := len(s); n > 0 && s[n-1] == '.' {
		return s[:n-1]
	}
	return s
}

func startsSentence(t *token) bool {
	if t.kind == qmark || t.text == "(" || t.text == "[" {
		return true
	}
	for _, r := range t.text {
		return unicode.IsUpper(r) || unicode.IsDigit(r)
	}
	return false
}

// commonStarter lists words that usually start a sentence, for deciding
// whether "U.S." ends one. They are function words, which never continue
// a name the way "Army" does in "U.S. Army": "… to the U.S. While …"
// ends a sentence.
func commonStarter(w string) bool {
	switch w {
	case "the", "he", "she", "it", "they", "we", "i", "but", "and", "in", "a", "this", "that", "his", "her", "their", "there", "as", "on", "for", "at", "if", "when", "after", "so",
		"while", "although", "though", "because", "since", "meanwhile", "however", "still", "yet", "its", "our", "you", "an",
		"some", "many", "both", "those", "these", "what", "how", "why", "now", "then", "even", "instead", "before", "despite", "during":
		return true
	}
	return false
}

// titleLower are the words title case may leave in lower case.
var titleLower = set("the", "and", "but", "nor", "for", "yet", "off", "per", "via", "from", "into", "onto",
	"over", "with", "than", "amid", "upon", "vs.", "out", "about", "after", "near", "like")

// headline reports whether tokens [i, end) read as a title in title case
// ("Peace Envoy Annan Presses Russia on Syria"), whose capitals say
// nothing about names.
func (d *doc) headline(i, end int) bool {
	words, caps := 0, 0
	for k := i; k < end; k++ {
		t := &d.toks[k]
		// Title case leaves only short function words in lower case; a
		// sentence full of names still has its verb there ("Linda Shaw
		// met Tom Becker.").
		if t.kind == word && d.inq[k] < 0 && len(t.lower) >= 3 && !t.capital() && !titleLower[t.lower] && t.lower != "'s" {
			return false
		}
		if t.kind != word || len(t.text) < 4 {
			continue
		}
		words++
		if t.capital() {
			caps++
		}
	}
	return words >= 3 && caps*10 >= words*7
}
