package quotes

import "strings"

// bareConjClause reports whether "and" or "but" at c, with no comma
// before it, joins two clauses rather than two nouns: a finite verb
// stands between the sentence start s0 and c, and a name or a personal
// pronoun follows. In "Prosecutors charged the officer and Lee fired
// the chief, admitting …" the participle is Lee's.
func (x *extractor) bareConjClause(c, s0 int) bool {
	d := x.d
	if !d.toks[c].is("and", "but") || c+1 >= len(d.toks) || d.toks[c-1].text == "," {
		return false
	}
	if n := &d.toks[c+1]; !(n.capital() && n.kind == word || n.is("he", "she", "they")) {
		return false
	}
	for k := c - 1; k > s0; k-- {
		if q := d.inq[k]; q >= 0 {
			k = d.regions[q].first
			continue
		}
		if finiteVerb(&d.toks[k]) {
			return true
		}
	}
	return false
}

// frontedAfterConj reports whether the word at b that opens a fronted
// participle ("while", "after", …) follows only a sentence-opening
// conjunction: "But while praising the plan, she said" is fronted too.
func (x *extractor) frontedAfterConj(b, s0 int) bool {
	d := x.d
	return b == s0+1 && d.toks[s0].is("but", "and", "yet", "so") && participleOpeners[d.toks[b].lower]
}

// skipLinkingAdverb steps over ", though," or ", however," after the
// comma at m that ends a fronted participle: in "Granting that the
// plan is costly, though, Lee backed it" the subject comes after it.
func (x *extractor) skipLinkingAdverb(m, s1 int) int {
	d := x.d
	if m+2 < s1 && d.toks[m+1].is("though", "however") && d.toks[m+2].text == "," {
		return m + 2
	}
	return m
}

// butParticiple reports whether "but" at b joins a participle to an
// earlier participle cue of the sentence: in "…, saying the plan works
// but warning that it costs too much" the second one is a statement of
// the same speaker.
func (x *extractor) butParticiple(b, s0 int) bool {
	d := x.d
	if b <= s0 || !d.toks[b].is("but") || d.toks[b-1].text == "," {
		return false
	}
	for i := range x.cur {
		if c := x.cur[i].cue; c.first > s0 && c.last < b && x.cur[i].src.ok() {
			if cue, ok := d.toks[c.first].listed(); ok && cue.form == gerund {
				return true
			}
		}
	}
	return false
}

// sayGerund reports whether t is the participle of a say verb, some of
// which ("saying", "warning") participle keeps out as nouns.
func sayGerund(t *token) bool {
	c, ok := t.listed()
	return ok && !t.capital() && c.form == gerund && c.class == say
}

// phaseVerbs begin, go on with or resume what the verb after them
// says, which may be an infinitive ("began to criticize") or, with
// gerundPhaseVerbs, a participle ("kept criticizing", "started talking
// about"): their subject is its subject.
var phaseVerbs = []string{"begin", "begins", "began", "continue", "continues", "continued", "start", "starts", "started"}

var gerundPhaseVerbs = setPlus(phaseVerbs, "begun", "keep", "keeps", "kept", "resume", "resumes", "resumed")

// progressiveBe are the forms of "be" that make a participle cue after
// them a progressive verb ("is praising", "were calling"), not a clause
// of its own.
var progressiveBe = set("is", "are", "was", "were", "been", "'s", "'re", "be", "am", "'m")

// progressiveForm reports whether t is a form of "be" before a
// progressive participle, also when negated ("wasn't talking about")
// or contracted onto its subject ("we're calling for", "I'm talking
// about"), which the tokenizer keeps as one word.
func progressiveForm(t *token) bool {
	l := strings.TrimSuffix(t.lower, "n't")
	if i := strings.LastIndexByte(l, '\''); i > 0 {
		l = l[i:]
	}
	return progressiveBe[l]
}

// progressiveCue reports whether participle cue h is the verb of a
// progressive, after a form of "be" (see progressiveForm) and at most
// one adverb or "not" ("is also praising", "was not calling for").
func (x *extractor) progressiveCue(h hit, s0 int) bool {
	d := x.d
	if h.c.form != gerund || h.first <= s0 {
		return false
	}
	if progressiveForm(&d.toks[h.first-1]) {
		return true
	}
	return x.progressiveAdverb(h, s0)
}

// participleOpeners are the words that, right before a participle cue at
// a sentence's start, open a fronted phrase whose speaker is the main
// clause's subject: "After praising the crew, Lee said …", "While
// conceding the point, …".
var participleOpeners = set("by", "after", "before", "while", "in", "upon", "when", "since")

// progressiveAdverb reports whether a participle cue follows a form of
// "be" and one adverb: "is also praising", "are now calling" are
// progressive verbs like "is praising", whose subject is the speaker.
func (x *extractor) progressiveAdverb(h hit, s0 int) bool {
	d := x.d
	if h.c.form != gerund || h.first-2 < s0 || d.inq[h.first-1] >= 0 {
		return false
	}
	t := &d.toks[h.first-1]
	if !(adverb(t) || t.is("also", "now", "still", "already", "even", "again", "just", "not", "never")) {
		return false
	}
	return progressiveForm(&d.toks[h.first-2])
}

// coordinatedParticipleSubject finds, for a participle cue after the
// "and" at b, the noun phrase right before the participle it is
// coordinated with, when a preposition "with" or another participle
// governs that phrase: in "with aides praising the plan and vowing …"
// and "an ad featuring farmers telling stories and criticizing …" the
// aides and the farmers speak, not the sentence's subject. none when
// the earlier participle has no such phrase before it.
func (x *extractor) coordinatedParticipleSubject(s0, b int) tspan {
	d := x.d
	if b <= s0 || !d.toks[b].is("and") || d.inq[b] >= 0 {
		return none
	}
	for k := b - 1; k > s0+1 && b-k < 16; k-- {
		t := &d.toks[k]
		if d.inq[k] >= 0 || t.kind != word || t.in(inFiniteForms) {
			return none // a clause, a quotation or punctuation between
		}
		if !participle(t) {
			continue
		}
		g := k - 1
		if d.toks[g].in(inTimeWords) || !x.npToken(g) || d.toks[g].capital() && !x.named(tspan{g, g}) && !x.inName(g) {
			return none
		}
		f := g
		for f > s0 && g-f < 6 && !participle(&d.toks[f-1]) && (x.npToken(f-1) || d.toks[f-1].in(inPossessives)) {
			f--
		}
		if f <= s0 || !(d.toks[f-1].is("with", "without") || participle(&d.toks[f-1])) {
			return none
		}
		return tspan{f, g}
	}
	return none
}
