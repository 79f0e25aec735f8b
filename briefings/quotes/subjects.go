package quotes

import "strings"

// This file finds the speaker of a cue: the subject of its verb, read back
// over noun phrases, asides, quantities and coordinated clauses, or forward
// after an inverted cue.

// mainSubject finds the speaker of a participial cue: the speaker of the
// attribution just before it in the sentence, or the sentence's subject.
func (x *extractor) mainSubject(s, before int) tspan { return x.subjectOf(s, before, false) }

// subjectOf is mainSubject; outer says that the cue is a participle after
// a comma, which takes the speaker of the governing clause rather than
// that of a statement reported inside it.
func (x *extractor) subjectOf(s, before int, outer bool) tspan {
	// "The mayor spoke first, and the governor followed, calling …": a
	// participle after a clause coordinated with a subject of its own is
	// that clause's, unless a statement lies between them.
	if outer {
		if c, sp := x.conjClauseSubject(s, before); sp.ok() && !x.cueBetween(c, before) {
			return sp
		}
	}
	asideFrom, asideTo := x.dashedAsideBefore(s, before)
	for i := len(x.cur) - 1; i >= 0; i-- {
		if a := &x.cur[i]; a.cue.first < before && a.src.ok() {
			if !outer {
				return a.src
			}
			// "Lee praised the plan - “…,” she said - and urged": a
			// statement in a dashed aside does not govern the verb after
			// it.
			if asideFrom < a.cue.first && a.cue.first < asideTo {
				continue
			}
			// "defended not paying a contractor who said …, saying":
			// a relative clause's speaker is not the participle's.
			if a.src.first == a.src.last && x.d.toks[a.src.first].is("who", "which", "that") {
				continue
			}
			// "Although he thanked them, he sounded a note of doubt,
			// saying": the opening subordinate clause is not the governing
			// one.
			if x.inSubordinate(a.cue.first) && !x.inSubordinate(before) {
				continue
			}
			if x.questionClause(a.src) {
				continue
			}
			return x.outerSpeaker(i)
		}
	}
	for i := len(x.attrs) - 1; i >= 0; i-- {
		a := &x.attrs[i]
		if a.sent != s {
			break
		}
		if a.cue.first < before && a.src.ok() {
			return a.src
		}
	}
	d := x.d
	s0 := d.sents[s][0]
	// The subject is the first noun phrase, at the sentence start or
	// after a comma, that a verb follows ("Hours after the debate, Trump
	// told …, saying"); failing that, the first noun phrase.
	var first tspan = none
	for c := s0; c < before; c++ {
		// A dateline's dash opens the clause too: "ORLANDO, Fla.
		// (Reuters) - Obama met … and said".
		if c > s0 && !((d.toks[c-1].text == "," || isDashToken(d.toks, c-1)) && d.inq[c-1] < 0) {
			continue
		}
		i := c
		for i < before && d.toks[i].is("but", "and", "so", "yet", "still", "then") {
			i++
		}
		if i >= before {
			break
		}
		f, g, ok := x.npForward(i, before)
		if !ok {
			continue
		}
		if f == g && d.toks[f].is("it", "there") {
			continue // "It was at the hearing that Ortiz …": no subject
		}
		if outer && f == g && d.toks[f].is("who", "which", "that") {
			continue // "Marsh, who has made …, went on to …, citing": a relative clause
		}
		if !first.ok() && !d.toks[i].in(inIntroPreps) && !discourse[d.toks[i].lower] && !x.openingModifier(i) {
			first = tspan{f, g}
		}
		k := g + 1
		for k < before && d.inq[k] < 0 && (d.toks[k].in(inBetween) || adverb(&d.toks[k])) {
			if d.toks[k].is("is", "was", "are", "were", "has", "have", "had", "will", "would", "did", "does", "can", "could") {
				return tspan{f, g}
			}
			k++
		}
		if k < before && finiteVerb(&d.toks[k]) {
			return tspan{f, g}
		}
	}
	// No phrase that a verb follows: the subject of the nearest verb.
	if sp := x.verbSubject(s0, before); sp.ok() {
		return sp
	}
	return first
}

// reportingClause reports whether the sentence opens with a subordinate
// clause that ends at the comma pre and holds a statement of its own
// ("Although Lee told the paper that …, she denied …"): it is that
// statement's clause, not what the cue after it reports. The statement
// then ends at the comma.
func (x *extractor) reportingClause(s0, pre int) bool {
	if !x.reportingClauseBefore(s0, pre) {
		return false
	}
	for i := range x.cur {
		a := &x.cur[i]
		if a.cue.first >= pre {
			continue
		}
		var kept []tspan
		for _, c := range a.content {
			if c.first >= pre {
				continue
			}
			if c.last >= pre {
				c.last = pre - 1
				if x.d.toks[pre].kind == qmark {
					c.last = pre
				}
			}
			kept = append(kept, c)
		}
		a.content = kept
	}
	return true
}

func (x *extractor) reportingClauseBefore(s0, pre int) bool {
	d := x.d
	k := s0
	for k < pre && d.toks[k].is("but", "and", "yet", "even") {
		k++
	}
	if k >= pre || d.inq[k] >= 0 || !d.toks[k].is("although", "though", "while", "whereas", "as", "when", "after", "because", "since", "if", "once", "until", "before") {
		return false
	}
	// The clause runs to pre: "Though Lee says …, turnout matters, experts
	// say" reports the main clause.
	for j := k + 1; j < pre; j++ {
		if d.inq[j] < 0 && (d.toks[j].text == "," || d.toks[j].text == ":" || d.toks[j].text == ";") {
			return false
		}
	}
	for i := range x.cur {
		a := &x.cur[i]
		if c := a.cue.first; k < c && c < pre && d.inq[c] < 0 && len(a.content) > 0 && a.content[0].first < pre {
			return true
		}
	}
	return false
}

// lightVerbs take a noun of saying as their object: "made veiled
// references to", "sounded a cautious note", "filed a request".
var lightVerbs = set("made", "makes", "make", "sent", "sends", "sounded", "sounds", "filed", "files",
	"issued", "issues", "heaps", "heaped", "voiced", "voices", "lodged", "leveled", "levelled", "hurled")

// lightVerbSubject returns, when the phrase src before a cue is only the
// modifiers of that cue read as a noun ("made veiled references to",
// "sent out fund-raising pitches"), the subject of the verb that takes
// it as object; none otherwise.
func (x *extractor) lightVerbSubject(src tspan, s0 int) tspan {
	d := x.d
	for k := src.first; k <= src.last; k++ {
		if d.toks[k].capital() || d.toks[k].in(inSubjectPronouns) || d.inq[k] >= 0 {
			return none
		}
	}
	v := src.first - 1
	if v > s0 && d.toks[v].is("out", "up") {
		v--
	}
	if v <= s0 || d.inq[v] >= 0 || !lightVerbs[d.toks[v].lower] {
		return none
	}
	b := v - 1
	for b > s0 && d.inq[b] < 0 && (d.toks[b].in(inBetween) || adverb(&d.toks[b])) && !d.toks[b].capital() {
		b--
	}
	if sp, ok := x.npBack(b, s0); ok && !d.toks[sp.first].is("who", "which", "that") {
		return sp
	}
	return none
}

// dashedAsideBefore returns the dashes around an aside that closes right
// before the "and" or "but" preceding token before ("- “…,” he said - and
// vowed"); -1, -1 when there is none.
func (x *extractor) dashedAsideBefore(s, before int) (int, int) {
	d := x.d
	s0 := d.sents[s][0]
	c := before - 1
	for c > s0 && adverb(&d.toks[c]) {
		c--
	}
	if c-1 <= s0 || !d.toks[c].is("and", "but") || !isDashToken(d.toks, c-1) || d.inq[c-1] >= 0 {
		return -1, -1
	}
	for k := c - 2; k > s0; k-- {
		if q := d.inq[k]; q >= 0 {
			k = d.regions[q].first
			continue
		}
		if isDashToken(d.toks, k) {
			return k, c - 1
		}
	}
	return -1, -1
}

// coordinateSubject finds the subject of the verb that a verb after "and"
// or "but" (at b) is coordinated with: the nearest finite verb before it,
// when a pronoun or a name stands right before that verb ("when Lee
// spotted a sign and asked", "he laughed and said"). A verb inside an
// earlier statement of the sentence is left to subjectOf ("said it
// expected …, but warned"): none then, and none for other subjects.
func (x *extractor) coordinateSubject(s0, b int) tspan {
	d := x.d
	// ", and", "-- but": a new clause, whose subject may be the sentence's.
	if b-1 <= s0 || d.toks[b-1].text == "," || isDashToken(d.toks, b-1) {
		return none
	}
	for v := b - 1; v > s0; v-- {
		if q := d.inq[v]; q >= 0 {
			v = d.regions[q].first
			continue
		}
		t := &d.toks[v]
		if t.text == ";" || t.text == ":" {
			return none
		}
		if !finiteVerb(t) {
			continue
		}
		k := v - 1
		// "who has both praised … and criticized": "both" opens the
		// coordinated verbs, after their subject.
		for k > s0 && d.inq[k] < 0 && (d.toks[k].in(inBetween) || adverb(&d.toks[k]) || d.toks[k].is("both", "either")) && !d.toks[k].capital() {
			k--
		}
		// "hinted that he is too old but said": a reported clause's
		// subject is not the reporter's.
		if d.inq[k] >= 0 || k > s0 && d.toks[k-1].is("that") {
			return none
		}
		sp, ok := x.npBack(k, s0)
		// "who last month startled …", "who a week ago surprised …": a
		// stretch of time between the subject and its verb.
		if time := x.timeBeforeVerb(k, s0); time.ok() {
			if t := x.timeAside(time, s0); t.ok() {
				sp, ok, k = t, true, t.last
			}
		}
		if d.toks[k].is("he", "she", "they", "we", "i", "who", "which") {
			sp, ok = tspan{k, k}, true
		}
		// A verb inside what an earlier cue governs is a reported one,
		// except in a "when" or "as" clause: in "the crowd cheered when
		// the mayor spotted a sign and asked" the mayor asks, even though
		// "cheered" took the clause as what was cheered. After "after"
		// annotators keep the main subject, as nearerSubject says.
		if x.governed(v) && !(ok && sp.first > s0 && d.toks[sp.first-1].is("when", "as") && d.inq[sp.first-1] < 0) {
			return none
		}
		if ok && (sp.first == sp.last && d.toks[k].is("he", "she", "they", "we", "i", "who", "which") || d.toks[k].capital() && x.named(sp) || x.subjectAfterConjunction(sp)) {
			return sp
		}
		return none
	}
	return none
}

// outerSpeaker is the speaker of x.cur[i], or, when that speaker is
// itself inside the content of an earlier attribution of the sentence,
// the speaker of that one: in "Lee told the crowd that she thinks …,
// saying …" the participle is Lee's, not the reported "she"'s.
func (x *extractor) outerSpeaker(i int) tspan {
	for hops := 0; hops < 4; hops++ {
		a := &x.cur[i]
		if a.cut >= 0 {
			break // "…, an official said, adding": the aside governs
		}
		outer := -1
		for j := range x.cur {
			b := &x.cur[j]
			if j == i || !b.src.ok() || b.cue.last >= a.src.first {
				continue
			}
			for _, c := range b.content {
				if c.first <= a.src.first && a.src.last <= c.last {
					outer = j
				}
			}
		}
		if outer < 0 {
			break
		}
		i = outer
	}
	return x.cur[i].src
}

// verbSubject finds the subject of the nearest finite verb before token
// `before` that is not in a relative clause: "the tycoon entered the race
// …, calling them", "Obama rebuked critics who say …, saying".
func (x *extractor) verbSubject(s0, before int) tspan {
	d := x.d
	for v := before - 1; v > s0; v-- {
		if q := d.inq[v]; q >= 0 {
			v = d.regions[q].first
			continue
		}
		t := &d.toks[v]
		if !finiteVerb(t) || t.is("will", "would", "can", "could", "did", "does") {
			continue
		}
		b := v - 1
		for b > s0 && d.inq[b] < 0 && (d.toks[b].in(inBetween) || adverb(&d.toks[b])) && !d.toks[b].capital() {
			b--
		}
		// "Trump, whose views …, last year proposed": a time phrase
		// between subject and verb.
		if b > s0+1 && periodNouns[d.toks[b].lower] && d.toks[b-1].is("last", "this", "next", "that") {
			b -= 2
		} else if b > s0 && d.toks[b].in(inTimeWords) && d.toks[b].capital() {
			b-- // "Biden on Monday hit": handled by npBack's preposition rule
		}
		if b < s0 {
			return none
		}
		bt := &d.toks[b]
		if bt.is("who", "which", "that") {
			continue // a relative clause: look further back
		}
		if bt.is("and", "but", "or") {
			continue // a second verb of an earlier subject
		}
		// Only a name or a pronoun: a common noun this far from the
		// participle is as often an object's clause ("the idea of a …").
		if sp, ok := x.npBack(b, s0); ok && !d.toks[sp.first].is("who", "which", "that") && x.named(sp) && !d.toks[sp.last].in(inTimeWords) && !d.toks[sp.last].in(inStandalone) {
			return sp
		}
		return none
	}
	return none
}

// finiteVerb guesses whether t is a verb in the past or present tense.
func finiteVerb(t *token) bool {
	if t.kind != word || t.capital() {
		return false
	}
	if c, ok := t.listed(); ok && (c.form == past || c.form == third) {
		return true
	}
	if t.in(inFiniteForms) {
		return true
	}
	return len(t.lower) > 4 && strings.HasSuffix(t.lower, "ed")
}

// auxiliaries are the finite auxiliaries and modals.
var auxiliaries = set("is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "should", "must", "might", "may", "does", "did", "do")

// finiteForms are auxiliaries and irregular past forms.
var finiteForms = set("is", "was", "are", "were", "has", "have", "had", "will", "would", "did", "does", "can", "could", "went", "came", "made", "took", "gave", "got", "won", "lost", "ran", "met", "left", "led", "held",
	"broke", "spoke", "wrote", "sent", "drew", "threw", "began", "brought", "put", "kept", "became", "chose", "stood")

func init() {
	for _, w := range plainPast {
		finiteForms[w] = true
	}
}

// plainPast are past forms without -ed that are seldom anything else, so
// that "The mayor cut the budget, saying" ends the subject at "cut".
var plainPast = []string{"cut", "struck", "fought", "froze", "shut", "spent", "withdrew", "upheld", "forgave", "fled",
	"flew", "drove", "wore", "swore", "stole", "sold", "bought", "caught", "taught", "thought", "fell", "knew", "grew",
	"hid", "rode", "rose", "sank", "shook", "slept", "spun", "stuck", "swept", "swung", "tore", "woke", "bore", "bled",
	"dug", "fed", "wept", "lent", "meant", "quit", "rang", "sang", "shone", "shrank", "slid", "sped", "sprang", "strode",
	"stung", "hit", "beat", "overturned", "overruled", "overcame", "overtook", "withheld", "forbade", "sought", "told", "said"}

// npToken reports whether token k may be inside a noun phrase.
func (x *extractor) npToken(k int) bool {
	d := x.d
	t := &d.toks[k]
	if d.inq[k] >= 0 {
		return false
	}
	if t.lower == "'s" && !t.space {
		return true // possessive: "Russia’s foreign ministry"
	}
	switch t.kind {
	case qmark:
		return false
	case punct:
		return t.text == "-" && !t.space || t.text == "&"
	}
	// "lead author Priya Nandakumar", "lead prosecutor": a role.
	if t.is("lead") && k+1 < len(d.toks) && (d.toks[k+1].in(inRoleNouns) || d.toks[k+1].is("author", "authors", "singer", "negotiator", "counsel", "plaintiff", "investigator")) {
		return true
	}
	if t.in(inStopWords) && !t.capital() {
		return false
	}
	if t.in(inStopWords) && t.capital() && (t.is("but", "and", "or", "so", "yet", "if", "when", "while", "as", "in", "on", "after", "before", "because", "that", "it's", "there")) {
		return false
	}
	if c, ok := t.listed(); ok && !t.capital() && (c.form == past || c.form == gerund) {
		// "Cruz’s thinking", "the polling": a noun after all.
		if !(k > 0 && (d.toks[k-1].lower == "'s" || d.toks[k-1].in(inDeterminers) && !d.toks[k-1].is("that"))) {
			return false
		}
	}
	// "Theresa May", "Will Hurd", "Kate Long": a modal or an adverb
	// capitalized inside a name, or opening one mid-sentence.
	if t.in(inBetween) && t.lower != "first" && !x.inName(k) {
		return false
	}
	return true
}

// inName reports whether the capitalized token k is part of a person's
// name: after a capitalized word other than one opening the sentence, or
// before one when k does not open the sentence itself.
func (x *extractor) inName(k int) bool {
	d := x.d
	t := &d.toks[k]
	if !t.capital() || t.kind != word || isUpperWord(t.text) && len(t.text) > 1 {
		return false
	}
	s0 := d.sents[d.sentOf[k]][0]
	name := func(j int) bool {
		return j >= 0 && j < len(d.toks) && d.inq[j] < 0 && d.toks[j].kind == word && d.toks[j].capital() && !d.toks[j].in(inStopWords) && !d.toks[j].in(inBetween)
	}
	return k > s0 && name(k-1) || k > s0 && name(k+1) || k == s0 && firstName(d.toks[k].lower) != 0 && name(k+1)
}

// npBack finds the noun phrase ending at b (the speaker before a cue).
// Appositives ("Smith, a spokesman for X,") are included.
func (x *extractor) npBack(b, lo int) (tspan, bool) { return x.npBackFrom(b, lo, true) }

// npBackFrom is npBack; nested says whether an appositive or a
// prepositional phrase may be stepped over (once, so that long runs of
// commas cost linear time).
func (x *extractor) npBackFrom(b, lo int, nested bool) (tspan, bool) {
	d := x.d
	if b < lo || b < 0 {
		return none, false
	}
	t := &d.toks[b]
	if t.kind == word && t.in(inSubjectPronouns) {
		return tspan{b, b}, true
	}
	// "he came away convinced": an adverb particle after a verb ends the
	// verb's phrase; the subject stands before the verb.
	if t.is("away", "back", "home") && b-1 > lo && d.inq[b-1] < 0 && finiteVerb(&d.toks[b-1]) && !d.toks[b-1].in(inAuxiliaries) {
		return x.npBackFrom(b-2, lo, nested)
	}
	if (t.text == "," || isDashToken(d.toks, b)) && !nested {
		return none, false
	}
	// "Gov. Jane Lee (R-Ohio), said": a comma after the party label
	// closes no appositive.
	if t.text == "," && b-1 > lo && d.toks[b-1].text == ")" && d.inq[b-1] < 0 {
		if sp, ok := x.npBackFrom(b-1, lo, false); ok && x.named(sp) {
			return sp, true
		}
	}
	if t.text == "," || isDashToken(d.toks, b) {
		// Appositive: find its start.
		for k := b - 1; k > lo && k > b-40; k-- {
			if q := d.inq[k]; q >= 0 {
				// A title inside the appositive ("Washington, star of
				// “Scandal,” thanked") is stepped over.
				r := d.regions[q]
				if !r.open || !r.close || r.first <= lo || d.speechLike(q) && !x.dashAsideHolds(r.first, b, lo) {
					break
				}
				k = r.first
				continue
			}
			// "Clinton, at a town hall in Columbus, Ohio, said": a city's
			// state is not the speaker.
			if d.toks[k].text == "," && k-2 > lo && d.toks[k-1].capital() && d.toks[k-1].kind == word && d.toks[k-2].is("in", "at", "near", "from") && x.nameCommaBefore(k-2, lo) {
				continue
			}
			if d.toks[k].text == "," && x.minorAppositive(k-1, lo) {
				// "Sam Reyes, 22, of Dayton, Ohio, said": an age or a
				// place between commas; the name is further back.
				continue
			}
			if d.toks[k].text == "," || isDashToken(d.toks, k) && isDashToken(d.toks, b) {
				// "Lena Park, who lost her son in Dayton, Ohio, in May,
				// said": commas inside the aside of a name that opens
				// the sentence; the name speaks.
				if op, c := x.asideOpener(b, lo); op.ok() && c < k {
					return op, true
				}
				head, ok := x.npBackFrom(k-1, lo, false)
				if ok && x.named(head) {
					if name := x.nameAfterParticipleObject(head, k, b, lo); name.ok() {
						return name, true
					}
				}
				if ok && (x.named(head) || head.first > lo && x.quoteEnds(head.first-1)) {
					// The speaker is the head; its appositive ("Smith, a
					// lawyer for X,") is left out: annotators often do too,
					// and a mention longer than twice theirs is wrong.
					return head, true
				}
				// "her top adviser, Sam Okafor, told": the name in the
				// commas is the speaker.
				if f, g, ok2 := x.npForward(k+1, b); ok2 && f == k+1 && g == b-1 && x.named(tspan{f, g}) && d.toks[f].capital() {
					if ok && (d.toks[head.first].is("his", "her", "their", "its", "the", "a", "an") || d.toks[head.first].in(inStandalone)) {
						return tspan{head.first, g}, true // "One of them, Acme Freight,"
					}
					return tspan{f, g}, true
				}
				if d.toks[k].text == "," {
					continue
				}
				break
			}
			if d.toks[k].text == "." || d.toks[k].text == ";" {
				break
			}
		}
		return none, false
	}
	if t.text == ")" {
		// "Rep. Jim McDermott (D-Wash.)": the party label is part of the
		// mention.
		for k := b - 1; k > lo && k > b-24; k-- {
			// "Dana Holt (a former sprinter so quiet she was once
			// taken for a fan) says": a longer aside in brackets,
			// opened by an article, describes a name before it.
			if k <= b-8 && (d.toks[k].is(")", ".", ";") || d.inq[k] >= 0 || d.toks[k].text == "(" && !(k+1 < b && d.toks[k+1].is("a", "an", "the"))) {
				break
			}
			if d.toks[k].text == "(" {
				if sp, ok := x.npBackFrom(k-1, lo, false); ok {
					// "Politifact (which is not …)": a relative clause in
					// brackets is no part of the mention.
					if d.toks[k+1].is("which", "who") {
						return sp, true
					}
					return tspan{sp.first, b}, true
				}
				break
			}
		}
		return none, false
	}
	// "most of them said", "each of whom said": a quantity of a group
	// named by a pronoun is the whole subject.
	if t.is("them", "us", "you", "whom") {
		if q := x.quantityOfBefore(b, lo); q >= 0 {
			return tspan{q, b}, true
		}
	}
	if t.in(inDeterminers) && t.in(inStandalone) {
		return tspan{b, b}, true // "Yet another said"
	}
	if !x.npToken(b) {
		return none, false
	}
	j := b
	for j > lo {
		p := j - 1
		pt := &d.toks[p]
		if d.toks[j].in(inDeterminers) && !(pt.is("of") && p-1 >= lo && x.npToken(p-1)) {
			// "the two sides": an article before a number.
			if number(&d.toks[j]) && pt.is("the", "these", "those", "his", "her", "their", "its", "our", "all") {
				j = p
			}
			break
		}
		if pt.is("of", "for", "at", "from", "and") && p-1 >= lo && x.npToken(p-1) && !d.toks[p-1].in(inDeterminers) &&
			!(d.toks[p-1].capital() && !pt.is("and") && d.toks[j].in(inDeterminers)) {
			// Not across "Stephen Vladeck of the University …": a name
			// ends the mention before a prepositional phrase.
			j = p - 1
			continue
		}
		// "The newspaper identified dozens of donations": a verb after
		// a noun ends the subject, it does not modify what follows.
		if x.verbAfterNoun(p, lo) {
			break
		}
		if !x.npToken(p) {
			// "her lawyer": a possessive pronoun opens the phrase.
			if pt.is("her", "his", "their", "its", "our", "my", "your") && d.inq[p] < 0 {
				j = p
			}
			break
		}
		j = p
		if b-j > 12 {
			return none, false
		}
	}
	// A phrase after a preposition is not a subject ("at the time
	// said"); the subject may stand before the prepositional phrase.
	// "about half of voters say", "six in 10 said": a quantity, not a
	// preposition; "less than two weeks ago" is a time, not a subject.
	if q := x.quantityBack(j, lo); q < j && !duration[d.toks[b].lower] && !d.toks[b].in(inTimeWords) {
		if j == b && d.toks[j-1].is("in") {
			return tspan{q, b}, true
		}
		j = q
	}
	// "some of her fans said": the quantity before "of" opens the
	// subject; a possessive after "of" stopped the walk back.
	if d.toks[j].in(inPossessives) {
		if q := x.quantityOfBefore(j, lo); q >= 0 {
			return tspan{q, b}, true
		}
	}
	// "Two of the four surgeons said": so does one before a counted
	// group.
	if q := x.quantityOfCounted(j, lo); q >= 0 {
		return tspan{q, b}, true
	}
	if j-1 >= lo && d.toks[j-1].in(inPrepositions) && d.inq[j-1] < 0 {
		// "A notice displayed in the window of Brell Books said": a
		// participle's phrase ending in a name qualifies the noun before
		// the participle (participlePrepSubject), the name did not speak.
		// Not across a verb ("Files released in May quote Mayor
		// Vale").
		if nested && d.toks[b].capital() && !x.verbWithin(j, b) {
			if sp, ok := x.participlePrepSubject(j, b, lo); ok {
				return sp, true
			}
		}
		// "In a radio interview Lee declared": the name after the
		// phrase is the subject.
		if nested && d.toks[b].capital() {
			f := b
			for f > j && d.toks[f-1].capital() && d.toks[f-1].kind == word {
				f--
			}
			// Not "the Department of | Justice": a name's own "of".
			if f > j && !d.toks[f-1].capital() && d.toks[f-1].kind == word && !d.toks[f-1].in(inPrepositions) && !d.toks[f-1].in(inDeterminers) {
				return tspan{f, b}, true
			}
		}
		// "after Trump said", "since Clinton announced": a conjunction
		// opens a clause whose subject this is.
		if nested && d.toks[j-1].is("after", "before", "since", "until") && (x.named(tspan{j, b}) || x.subjectAfterConjunction(tspan{j, b})) {
			return tspan{j, b}, true
		}
		// "aides close to the mayor said", "a person familiar with the
		// talks said": the adjective and its phrase qualify the noun
		// before them, which heads the subject.
		if nested && j-3 >= lo && relatedBy(&d.toks[j-2], &d.toks[j-1]) && d.inq[j-2] < 0 {
			if sp, ok := x.qualifiedHead(j-3, lo); ok {
				return tspan{sp.first, b}, true
			}
		}
		// "Scientists working on the probe said", "a man arrested at
		// the scene told": so do a participle and its phrase.
		if nested {
			if sp, ok := x.participlePrepSubject(j, b, lo); ok {
				return sp, true
			}
		}
		if j-2 >= lo && x.npToken(j-2) && nested {
			if sp, ok := x.npBackFrom(j-2, lo, false); ok && d.toks[j-1].is("for", "at", "with", "of", "from", "in") && (d.toks[sp.last].in(inRoleNouns) || personNouns[d.toks[sp.last].lower]) {
				// "a spokesperson for the Department of Justice said",
				// "a steward at the ground said": a role or one of
				// personNouns (not a plural or a group: "voters in the
				// poll" is left as it was).
				return tspan{sp.first, b}, true
			} else if ok && x.named(sp) {
				return sp, true
			} else if ok && d.toks[j-1].is("by") {
				return tspan{sp.first, b}, true // "a report by the news site Axle"
			} else if ok && x.quantityBeforePhrase(sp, j-1) {
				return tspan{sp.first, b}, true // "few in either camp expect"
			} else if ok && d.toks[j-1].is("in", "of", "from", "at") && (sp.first == lo || d.toks[sp.first-1].text == ",") && !d.toks[sp.first].in(inDeterminers) {
				return tspan{sp.first, b}, true // "…, engineers on both crews insist,"
			} else if ok && d.toks[j-1].is("in", "of", "from", "at", "for", "with") && sp.first > 0 && x.quoteEnds(sp.first-1) {
				return tspan{sp.first, b}, true // "“…?” a voice in the spot asks."
			}
		}
		if nested {
			if sp, ok := x.twoPhraseSpeaker(j, b, lo); ok {
				return sp, true // "a spokesman for the union at the plant said"
			}
		}
		return none, false
	}
	// "Shop owners near the bridge said", "workers outside the plant
	// say": a phrase of place qualifies the noun before it, which heads
	// the subject; the place did not speak.
	if p := x.placePhraseStart(j, lo); p-1 >= lo {
		// Not "Steering the boat along the canal, she …": the phrase
		// belongs to a participle's object.
		if sp, ok := x.qualifiedHead(p-1, lo); ok && !(sp.first > lo && strings.HasSuffix(d.toks[sp.first-1].lower, "ing")) {
			return tspan{sp.first, b}, true
		}
	}
	// "Officials investigating the crash said": the participle's object
	// did not speak.
	if sp, ok := x.participleSubject(j, b, lo); ok {
		return sp, true
	}
	// "Trump has repudiated decades of …", "the server had handled
	// messages": after a perfect auxiliary the phrase opens with the
	// verb's participle; it is the verb's object, not a subject.
	if j-1 >= lo && d.inq[j-1] < 0 && d.toks[j-1].is("has", "have", "had", "having") && perfectParticiple(&d.toks[j]) {
		return none, false
	}
	sp := tspan{j, b}
	if !x.headed(sp) {
		return none, false
	}
	return sp, true
}

// irregularParticiples are past participles that neither end in -ed nor
// stand in finiteForms ("won", "kept", "made" do): "have begun", "had
// found".
var irregularParticiples = set("begun", "given", "done", "seen", "taken", "shown", "known", "grown", "drawn",
	"chosen", "broken", "driven", "fallen", "gotten", "become", "found", "heard", "built", "paid")

// perfectParticiple reports whether t reads as the participle of a
// perfect tense: "repudiated", "begun", "kept".
func perfectParticiple(t *token) bool {
	if t.kind != word || t.capital() {
		return false
	}
	return len(t.lower) > 4 && strings.HasSuffix(t.lower, "ed") || irregularParticiples[t.lower] || t.in(inFiniteForms) && !t.in(inAuxiliaries)
}

// asideOpener finds a name opening the clause at lo and set off by a
// comma that starts an aside running to the comma at b ("Lena Park, who
// …,", "Ann Cole, the editor of …,"), and that comma; none when the
// clause opens otherwise. Inner commas of the aside ("in Dayton, Ohio,",
// "whose firm, Datapoint,") then do not end it.
func (x *extractor) asideOpener(b, lo int) (tspan, int) {
	d := x.d
	if lo < 0 || b-lo > 45 {
		return none, -1
	}
	f, g, ok := x.npForward(lo, b)
	if !ok || f != lo || g+2 >= b || d.toks[g+1].text != "," || d.inq[g+1] >= 0 || !x.named(tspan{f, g}) || d.toks[f].in(inSubjectPronouns) {
		return none, -1
	}
	// The name itself, not a phrase that only holds one: "Republicans in
	// Ohio," is no person's aside.
	if !d.toks[g].capital() || !d.toks[f].capital() || d.toks[f].in(inDeterminers) {
		return none, -1
	}
	n := &d.toks[g+2]
	if !(n.is("who", "whose", "a", "an", "the") || n.kind == word && !n.capital() && !n.in(inStopWords) && !finiteVerb(n)) {
		return none, -1
	}
	// A list of names ("Lee, Cole and Park said") is no aside.
	for k := g + 2; k < b; k++ {
		if d.inq[k] < 0 && d.toks[k].is("and", "or") && k+1 < b && d.toks[k+1].capital() && k > 0 && d.toks[k-1].text == "," {
			return none, -1
		}
		if d.toks[k].text == "." || d.toks[k].text == ";" || d.toks[k].text == ":" {
			return none, -1
		}
	}
	return tspan{f, g}, g + 1
}

// quantityOfBefore returns the start of a quantity standing alone and
// followed by "of" just before token k ("some of | her fans", "most of
// | them"), -1 when there is none. Words before the quantity that
// qualify it ("only about half of") are included.
func (x *extractor) quantityOfBefore(k, lo int) int {
	d := x.d
	if k-2 < lo || !d.toks[k-1].is("of") || d.inq[k-1] >= 0 || d.inq[k-2] >= 0 {
		return -1
	}
	q := &d.toks[k-2]
	if !q.in(inStandalone) && !q.is("none", "half", "much") {
		return -1
	}
	return x.quantityBack(k-2, lo)
}

// duration words end a phrase that tells when or how long.
var duration = set("ago", "seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "times")

// quantityBack returns where a quantity opening a noun phrase at j
// starts: the first number of a proportion ("6 in 10 white men") and the
// adverbs before it ("only about 6 in 10", "more than half", "nearly a
// third"). It is j when no quantity opens the phrase.
func (x *extractor) quantityBack(j, lo int) int {
	d := x.d
	quantity := func(k int) bool {
		return number(&d.toks[k]) || d.toks[k].is("half", "a", "one", "two", "three", "more", "less", "fewer") || quantityAdverbs[d.toks[k].lower]
	}
	if j-2 >= lo && number(&d.toks[j]) && d.toks[j-1].is("in") && number(&d.toks[j-2]) && d.inq[j-2] < 0 {
		j -= 2
	}
	for j-1 >= lo && d.inq[j-1] < 0 && quantity(j) {
		p := &d.toks[j-1]
		switch {
		case quantityAdverbs[p.lower]:
			j--
		case p.is("than") && j-2 >= lo && d.toks[j-2].is("more", "less", "fewer") && d.inq[j-2] < 0:
			j -= 2
		default:
			return j
		}
	}
	return j
}

// quantityAdverbs qualify a quantity: "only about 6 in 10", "nearly a
// third".
var quantityAdverbs = set("about", "nearly", "almost", "roughly", "over", "around", "only", "just", "approximately")

// verbAfterNoun reports whether token k is a finite verb whose subject
// ends just before it: a past or present form after a word that is a
// noun rather than a determiner, a number, an adverb or an auxiliary
// ("The newspaper identified", not "the newly elected", "a retired").
func (x *extractor) verbAfterNoun(k, lo int) bool {
	d := x.d
	if k <= lo || d.inq[k] >= 0 || !finiteVerb(&d.toks[k]) {
		return false
	}
	p := &d.toks[k-1]
	if d.inq[k-1] >= 0 || p.kind != word || p.capital() || p.lower == "'s" {
		return false
	}
	return !p.in(inDeterminers) && !number(p) && !adverb(p) && !p.in(inBetween) && !p.in(inStopWords) && !p.in(inPrepositions)
}

// relativeSubject returns the noun phrase a restrictive relative clause
// ending at token b qualifies ("People who live near the plant", "a
// neighbor who asked not to be named"), none when b ends no such clause.
func (x *extractor) relativeSubject(b, lo int) tspan {
	d := x.d
	// "a farmer who said he had seen": a pronoun only a subject takes
	// is the verb's subject, not the end of a relative clause (which
	// ends on an object: "people who oppose it say").
	if b >= 0 && d.inq[b] < 0 && d.toks[b].is("he", "she", "they", "we", "i") {
		return none
	}
	for k := b; k > lo && k > b-16; k-- {
		t := &d.toks[k]
		if d.inq[k] >= 0 || t.kind == punct {
			return none
		}
		// "A woman accused of poisoning her husband told": a reduced
		// relative clause.
		if k > lo && k+1 <= b && d.toks[k+1].is("of", "for", "with") && t.is("accused", "charged", "criticized", "criticised", "convicted", "suspected", "blamed", "praised", "jailed", "arrested", "sentenced", "wanted", "cleared") {
			if sp, ok := x.npBackFrom(k-1, lo, false); ok && !d.toks[sp.first].is("who", "which", "that") {
				return sp
			}
			return none
		}
		if !t.is("who", "that") || k+1 > b {
			continue
		}
		// "that" is a relative pronoun only before a verb: not "that the
		// plan".
		n := &d.toks[k+1]
		if t.is("that") && !(finiteVerb(n) || n.in(inBetween) || n.entry().class != 0 || x.relativeVerbAt(k+1)) {
			return none // "the first time that officials said": a conjunction
		}
		sp, ok := x.npBackFrom(k-1, lo, false)
		if !ok || d.toks[sp.first].is("who", "which", "that") {
			return none
		}
		return sp
	}
	return none
}

// nameCommaBefore reports whether a name and a comma outside quotations
// come before token k, back to lo: "Clinton, at a town hall in …".
func (x *extractor) nameCommaBefore(k, lo int) bool {
	d := x.d
	for c := k - 1; c > lo && c > k-30; c-- {
		if d.inq[c] >= 0 || d.toks[c].text != "," {
			continue
		}
		sp, ok := x.npBackFrom(c-1, lo, false)
		return ok && x.named(sp)
	}
	return false
}

// number reports whether t is a number, in digits or words up to ten.
func number(t *token) bool {
	if t.kind != word {
		return false
	}
	if t.is("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten") {
		return true
	}
	for _, r := range t.lower {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// minorAppositive reports whether the stretch ending at k and starting
// after a comma is an age or a place ("22", "of Flint", "Mich.").
func (x *extractor) minorAppositive(k, lo int) bool {
	d := x.d
	f := k
	for f > lo && d.toks[f-1].text != "," && k-f < 4 {
		f--
	}
	if f <= lo || d.toks[f-1].text != "," {
		return false
	}
	if f == k && (number(&d.toks[k]) || d.toks[k].capital() && strings.HasSuffix(d.toks[k].text, ".") || party(&d.toks[k])) {
		return true
	}
	if d.toks[f].is("of", "from") && f < k {
		for j := f + 1; j <= k; j++ {
			if !d.toks[j].capital() {
				return false
			}
		}
		return true
	}
	return false
}

// party reports whether t is a party and state descriptor: "R-Texas",
// "D-Mo.", "I-Vt.".
func party(t *token) bool {
	_, ok := partyLabel(strings.TrimSuffix(t.text, "."))
	return ok
}

// standalone determiners can be a speaker on their own: "another said".
var standalone = set("another", "one", "some", "many", "others", "both", "few", "several", "most", "all", "each", "either", "neither",
	"two", "three", "four", "five")

// headed reports whether a phrase has something that can be a speaker:
// a name, a noun, a pronoun; not just a determiner or a number.
func (x *extractor) headed(s tspan) bool {
	d := x.d
	for k := s.first; k <= s.last; k++ {
		t := &d.toks[k]
		if t.kind == word && (!t.in(inDeterminers) || t.in(inStandalone)) {
			return true
		}
	}
	return false
}

// named reports whether a phrase is a name or a pronoun: capitalized, or
// a single pronoun.
func (x *extractor) named(s tspan) bool {
	d := x.d
	for k := s.first; k <= s.last; k++ {
		t := &d.toks[k]
		if t.capital() || t.in(inSubjectPronouns) {
			return true
		}
	}
	return false
}

// npForward reads the noun phrase starting at i (the speaker after an
// inverted cue, or after "according to").
func (x *extractor) npForward(i, s1 int) (int, int, bool) {
	d := x.d
	if i >= s1 {
		return 0, 0, false
	}
	if d.toks[i].in(inSubjectPronouns) {
		return i, i, true
	}
	k := i
	for k < s1 {
		// A determiner after a noun starts another phrase: "told
		// reporters the budget".
		// Not a number after its adverb: "a cook of nearly three decades".
		if k > i && d.toks[k].in(inDeterminers) && !x.phraseJoiner(k-1) && !d.toks[k-1].in(inDeterminers) && !(k-2 > i && x.phraseJoiner(k-2) && quantityAdverbs[d.toks[k-1].lower] && number(&d.toks[k])) {
			break
		}
		// "Jane Smith released": a verb after a name; "Democrats trying
		// to …": a participle after a noun.
		if k > i && d.toks[k-1].capital() && !d.toks[k].capital() && finiteVerb(&d.toks[k]) {
			break
		}
		// "The fight broke out": after a common noun too.
		if k > i && x.verbAfterNoun(k, i) {
			break
		}
		if k > i && participle(&d.toks[k]) && !d.toks[k-1].in(inDeterminers) && d.toks[k-1].lower != "'s" {
			break
		}
		if x.npToken(k) {
			k++
			continue
		}
		if k > i && x.phraseJoiner(k) && k+1 < s1 && x.npToken(k+1) {
			k++
			continue
		}
		break
	}
	// A time word or an -ly adverb alone is no phrase: "…, Ann Cole of
	// Oregon, firmly turned the offer down …".
	if k == i || k-i > 14 || k == i+1 && (d.toks[i].in(inTimeWords) || adverb(&d.toks[i])) {
		return 0, 0, false
	}
	if !x.headed(tspan{i, k - 1}) {
		return 0, 0, false
	}
	return i, k - 1, true
}

// phraseJoiner reports whether the preposition at k (k > 0) carries a
// noun phrase on into the phrase it qualifies: "a spokesman for the
// party", "aides close to the mayor".
func (x *extractor) phraseJoiner(k int) bool {
	t := &x.d.toks[k]
	return t.is("of", "for", "at", "from") || k > 0 && relatedBy(&x.d.toks[k-1], t)
}

// conjClauseSubject finds the nearest clause before token before that
// opens after ", and", ", but" or ";" with a subject and a finite verb,
// and returns where it opens and its subject; -1 and none when there is
// none.
func (x *extractor) conjClauseSubject(s, before int) (int, tspan) {
	d := x.d
	s0 := d.sents[s][0]
	for c := before - 1; c > s0+1; c-- {
		if q := d.inq[c]; q >= 0 {
			c = d.regions[q].first
			continue
		}
		open := d.toks[c].text == ";" || d.toks[c].is("and", "but") && d.toks[c-1].text == "," && d.inq[c-1] < 0 || x.bareConjClause(c, s0)
		if !open || c+2 >= before {
			continue
		}
		f, g, ok := x.npForward(c+1, before)
		if !ok || d.toks[f].is("who", "which", "that", "it", "there") || d.toks[g].in(inTimeWords) {
			continue
		}
		k, aux := g+1, false
		for k < before && d.inq[k] < 0 && (d.toks[k].in(inBetween) || adverb(&d.toks[k])) {
			aux = aux || d.toks[k].in(inAuxiliaries)
			k++
		}
		if k < before && (finiteVerb(&d.toks[k]) || aux) {
			return c, tspan{f, g}
		}
	}
	return -1, none
}

// cueBetween reports whether an attribution found so far has its cue
// between tokens from and to: its speaker is then the nearer one.
func (x *extractor) cueBetween(from, to int) bool {
	for i := range x.cur {
		if a := &x.cur[i]; a.cue.first > from && a.cue.first < to {
			return true
		}
	}
	return false
}
