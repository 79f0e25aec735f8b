package quotes

import "strings"

// shareClauseAt reports whether a poll's share opens a clause at j and
// a cue verb follows it: "and 14 percent said", "while a third
// disagreed", ", 25% call themselves". A poll's report gives each share
// its own statement, so the content before ends where the share
// starts. The share is what shareSubject reads as a say verb's
// subject; only the verb here may be any cue.
func (x *extractor) shareClauseAt(j, s1 int) bool {
	d := x.d
	if j >= s1 || d.inq[j] >= 0 {
		return false
	}
	for v := j + 1; v < s1 && v <= j+maxShareWords; v++ {
		if d.inq[v] >= 0 || d.toks[v].kind != word && !d.toks[v].is(",", "-", "%") {
			return false
		}
		if !x.shareVerbAt(v) {
			continue
		}
		sp, ok := x.shareBefore(x.beforeBetween(v, j), j) // "and a third had said", "a quarter now say"
		return ok && sp.first == j
	}
	return false
}

// maxShareWords bounds the scan for the verb after a share ("Sixty-two
// percent of those asked in the city say"), as shareBefore does.
const maxShareWords = 12

// shareVerbAt reports whether token v is the finite verb of a poll's
// share: a cue verb in any finite form (the plain one agrees with the
// share: "one in five say", "25% call themselves"), or a present
// verb's plain, third person or past form ("a third disagree", "30
// percent disagreed").
func (x *extractor) shareVerbAt(v int) bool {
	d := x.d
	t := &d.toks[v]
	if t.kind != word || t.capital() || d.inq[v] >= 0 {
		return false
	}
	if c, ok := t.listed(); ok && c.form != gerund {
		return true
	}
	if x.presentVerbAt(v-1, v) {
		return true
	}
	return presentPasts[t.lower]
}

// presentPasts are the past forms of presentVerbs ("disagreed",
// "opposed"), spelled by the lexicon's own ed rather than guessed by
// trimming "-d" or "-ed".
var presentPasts = func() map[string]bool {
	m := make(map[string]bool, len(presentVerbs))
	for v := range presentVerbs {
		m[ed(v)] = true
	}
	return m
}()

// beforeBetween returns the token before verb v once the auxiliaries
// and adverbs of inBetween between it and its subject are stepped over
// ("a third had said", "a quarter now say"), not going below lo.
func (x *extractor) beforeBetween(v, lo int) int {
	d := x.d
	b := v - 1
	for b > lo && d.toks[b].in(inBetween) && !d.toks[b].capital() {
		b--
	}
	return b
}

// shareSpeaks reports whether the content starting at i is what a
// poll's share said: "Two in three said (that) …". Only then does the
// next share start a statement of its own; what a poll found ("the
// poll found that 43% back Lee, and 42% back Cole") or what the
// survey gives ("In the survey, …") holds all its shares.
func (x *extractor) shareSpeaks(i int) bool {
	d := x.d
	s := d.sentenceAt(i)
	if s < 0 {
		return false
	}
	s0 := d.sents[s][0]
	c := i - 1
	if c > s0 && d.toks[c].is("that") && d.inq[c] < 0 {
		c--
	}
	if c <= s0 || d.inq[c] >= 0 || !x.shareVerbAt(c) {
		return false
	}
	b := x.beforeBetween(c, s0)
	// The subject need not open its clause as shareBefore asks ("of
	// whom a third said") and may end in a name ("64 percent of Oakdale
	// parents said"): a share word or count among its last words.
	for k := b; k >= s0 && b-k < maxShareWords && d.inq[k] < 0; k-- {
		t := &d.toks[k]
		if shareWords[t.lower] || strings.HasSuffix(t.text, "%") || x.countOf(k, s0) {
			return true
		}
		if !number(t) && !x.npToken(k) && !t.is("of", "in") {
			return false
		}
	}
	return false
}
