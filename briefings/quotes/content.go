package quotes

import "strings"

// This file finds where content starts and stops: the stretch before a
// parenthetical cue, the clause after a cue, and the places where it stops
// short of the sentence's end.

// hasContent reports whether tokens [s0, i) hold something worth
// attributing rather than an opening phrase ("In a statement,").
func (x *extractor) hasContent(s0, i int) bool {
	d := x.d
	words := 0
	quoted := false
	for k := s0; k < i; k++ {
		if d.inq[k] >= 0 {
			quoted = true
		}
		if d.toks[k].kind == word {
			words++
		}
	}
	if quoted {
		return true
	}
	if words < 3 {
		return false
	}
	if !d.toks[s0].in(inIntroPreps) || d.toks[s0].is("this", "last", "next", "later", "earlier", "as") {
		return true
	}
	// "When she reached the hall," is a clause with a verb of its own,
	// which annotators keep with the statement it opens; "When asked
	// about it," and "After the vote," are opening phrases.
	if x.subordinateClause(tspan{s0, i - 1}) {
		return true
	}
	// "In an interview with Fox News," is an opening phrase; "As a
	// woman, she raised less suspicion," is a clause; "In a brief sent
	// to the county clerk late on Friday with the appeal," is a long phrase.
	for k := s0; k < i; k++ {
		if d.toks[k].text == "," && d.inq[k] < 0 {
			return true
		}
	}
	// "At least 12 people were killed,": an auxiliary makes a clause of a
	// phrase of any length.
	for k := s0; k < i; k++ {
		if t := &d.toks[k]; d.inq[k] < 0 && (t.in(inAuxiliaries) && !t.capital() || words > 10 && isSayForm(t.lower) && t.entry().form != gerund) {
			return true
		}
	}
	return false
}

// before returns the content before a parenthetical attribution: from
// the sentence start up to b, where b is the comma or closing mark that
// ends it (a closing mark is kept, a comma is not).
func (x *extractor) before(s0, b int) []tspan {
	d := x.d
	last := b
	if d.toks[b].kind != qmark {
		last = b - 1
	}
	if last < s0 || last < 0 {
		return nil // "— According to police, …": nothing before the cue
	}
	first := s0
	// An attribution inside parentheses takes only what the parentheses
	// hold: "(\"Fix the gate first,\" wrote Tom Reyes)".
	for k := last; k > s0; k-- {
		if d.toks[k].text == ")" && d.inq[k] < 0 {
			break
		}
		if d.toks[k].text == "(" && d.inq[k] < 0 {
			first = k + 1
			break
		}
	}
	// A quotation opened in an earlier sentence runs on into this one.
	if q := d.inq[first]; q >= 0 {
		first = d.regions[q].first
	}
	// A quotation set off by a colon or a dash is the statement; the
	// narrative before it is not: "Murphy lamented the churn: “…,” he said."
	if q := d.inq[last]; q >= 0 && d.regions[q].last == last && d.regions[q].open {
		r := d.regions[q]
		if r.first > first && d.inq[r.first-1] < 0 && (d.toks[r.first-1].text == ":" || isDashToken(d.toks, r.first-1)) {
			first = r.first
		}
		// So is one that a cue before it introduced: "Biden weighed in,
		// telling Mic, “…,” he said."
		if d.speechLike(q) && r.first > first && d.toks[r.first-1].text == "," && d.inq[r.first-1] < 0 {
			for _, a := range x.cur {
				if a.cue.first >= first && a.cue.last < r.first && d.inq[a.cue.first] < 0 {
					first = r.first
					break
				}
			}
		}
	}
	if last < first {
		return nil
	}
	return []tspan{{first, last}}
}

// after returns the content from i to the sentence end.
func (x *extractor) after(i, s1 int) []tspan {
	end := x.contentEnd(i, s1)
	if end <= i {
		return nil
	}
	return []tspan{{i, end - 1}}
}

// frontedComma returns the first comma in [i, j) when cue h stands in a
// clause that opens the sentence ("After Lee praised the deal, …"), the
// comma that closes that clause; -1 otherwise.
func (x *extractor) frontedComma(h hit, i, j int) int {
	d := x.d
	s := d.sentenceAt(h.first)
	if s < 0 || x.frontedSubordinator(h, d.sents[s][0]) < 0 {
		return -1
	}
	for k := i; k < j; k++ {
		if d.toks[k].text == "," && d.inq[k] < 0 {
			return k
		}
	}
	return -1
}

// forward returns the content a cue governs, from i up to end.
func (x *extractor) forward(h hit, i, end int) []tspan {
	d := x.d
	// Skip an addressee or an adverbial before "that" or a colon: "told
	// reporters Tuesday that", "said in a statement:".
	window := 9
	if i < end && d.toks[i].text == "," {
		window = 16 // "joked, again using a Southern accent, “Amen”"
	}
	// The search may pass the end of the clause: "responded pointedly,
	// with a smile: “…”".
	s1 := d.sents[d.sentOf[h.first]][1]
	// A verb told to someone may name where or when before "that": "was
	// telling diners at a busy cafe in the north that …".
	thatWindow := thatReach
	if addressees[h.c.lemma] {
		thatWindow = addresseeThatReach
	}
	for k := i; k < s1 && k < i+max(window, thatWindow); k++ {
		if k >= i+window && (d.inq[k] >= 0 || d.toks[k].text == ":" || d.toks[k].text == ",") {
			break // past the usual window only a plain "that" counts
		}
		if participle(&d.toks[k]) {
			thatWindow = thatReach // "reminded voters of his past by mentioning the fact that": a verb of its own
		}
		if d.inq[k] >= 0 {
			if k > i && d.toks[k-1].text == "," || d.toks[k-1].text == ":" {
				// "When he described the plan, he said, “…”": the
				// quotation is the main clause's, past the comma that
				// closes the clause the cue opens the sentence with.
				if c := x.frontedComma(h, i, k-1); c >= 0 {
					end = min(end, c)
					break
				}
				if k >= end {
					end = x.contentEnd(k, s1)
				}
				i = k
			}
			break
		}
		if d.toks[k].lower == "that" && h.c.class == say && k < i+thatWindow && k < end {
			// "told reporters Tuesday that", not "says he wants an
			// economy that works", nor "said the repair needed a cable
			// and that …", whose first part is said too.
			if !x.clauseBetween(i, k) && !(k > i && d.toks[k-1].is("and", "but", "or")) {
				i = k
			}
			break
		}
		if d.toks[k].text == ":" && k < i+9 {
			if k >= end {
				end = x.contentEnd(k+1, s1)
			}
			i = k + 1
			break
		}
		if d.toks[k].text == "." || d.toks[k].text == ";" {
			break
		}
	}
	for i < end && d.toks[i].kind == punct && (d.toks[i].text == "," || d.toks[i].text == ":") {
		i++
	}
	// "refused, generally, to concede", "believes, for example, that":
	// an aside between commas before the content.
	if i > 0 && d.toks[i-1].text == "," {
		for k := i; k < end && k < i+3; k++ {
			if d.toks[k].text == "," {
				if k > i && (adverb(&d.toks[i]) || d.toks[i].is("for", "in", "however", "though", "too", "again", "once", "now", "instead")) {
					i = k + 1
				}
				break
			}
			if d.toks[k].kind != word {
				break
			}
		}
	}
	// "told reporters the budget ...": the addressee is not content.
	if addressees[h.c.lemma] && i+1 < end && d.inq[i] < 0 && x.titleCased(d.paraOf[i]) && (d.toks[i+1].in(inSubjectPronouns) || d.toks[i+1].is("that")) {
		i++ // "Lee Tells Reporters She Will Run": in a title every word is capitalized
	}
	if addressees[h.c.lemma] && i < end && d.inq[i] < 0 && !x.titleCased(d.paraOf[i]) {
		if f, g, ok := x.npForward(i, end); ok && f == i {
			// "told reporters he would": the addressee ends before the
			// clause's subject.
			for k := f + 1; k <= g; k++ {
				if d.toks[k].in(inSubjectPronouns) && !d.toks[k].is("who", "which") {
					g = k - 1
					break
				}
			}
			listed := d.toks[i].is("him", "her", "them", "us", "me", "reporters", "journalists", "supporters", "voters", "lawmakers", "the", "a") || d.toks[i].capital()
			// "told police he had swerved": any short object before a
			// subject pronoun.
			pronoun := g+1 < end && d.toks[g+1].in(inSubjectPronouns) && !d.toks[g+1].is("who", "which")
			if p := x.addresseePlaceClause(h, f, g, end); p > g {
				i = p // "told supporters in Santa Rita she was"
			} else if (listed || pronoun) && g-f < 5 && g+1 < end && !d.toks[g+1].is("of", "that", "about", "to") {
				i = g + 1
			}
		}
		for i < end && d.toks[i].kind == punct && (d.toks[i].text == "," || d.toks[i].text == ":") {
			i++
		}
	}
	i = x.leadingTime(h, i, end)
	i = x.leadingParticle(h, i, end)
	i = x.cueComplement(h, i, end)
	end = x.predicateEnd(i, end)
	// Stance verbs take an object, which ends at the first comma ("talked
	// about the old mill, like her a child of the valley"); a clause
	// ("wants to", "believes that") runs on.
	if h.c.class == other && i < end && !predicateOpeners[d.toks[i].lower] {
		for k := i; k < end; k++ {
			if d.inq[k] >= 0 {
				k = d.regions[d.inq[k]].last
				continue
			}
			if d.toks[k].text == "," && k+1 < end && !d.toks[k+1].capital() && !d.toks[k+1].is("and", "or") && !x.listGoesOn(k, end) && !examplesFollow(d, i, k+1, end) {
				end = k
				break
			}
		}
	}
	if strings.HasSuffix(d.toks[h.first].lower, "ing") {
		end = x.secondParticiple(i, end)
	}
	if h.c.class == other {
		end = x.objectEnd(h, i, end)
		end = x.infinitiveAdjunctEnd(h, i, end) // "wanted to act, because he …"
	} else {
		end = x.sayObjectEnd(h, i, end) // "announced the deal after …"
	}
	end = x.occasionEnd(h, i, end)
	end = x.frontedClauseEnd(h, i, end)
	end = x.secondClause(h, i, end)
	end = x.coordinatedPredicateEnd(h, i, end)
	if end <= i {
		return nil
	}
	// Leave out a relative clause set off by commas in the middle.
	for k := i + 2; k+1 < end; k++ {
		if q := d.inq[k]; q >= 0 {
			k = d.regions[q].last
			continue
		}
		if d.toks[k].text == "," && d.toks[k+1].is("who", "which", "whom", "whose") {
			if m, after := x.relativeAside(k, end); m > 0 && after < end {
				return []tspan{{i, k - 1}, {after, end - 1}}
			}
		}
	}
	return []tspan{{i, end - 1}}
}

// leadingParticle skips the preposition right after a cue ("worried
// about the loan", "warned of a shutdown", "spoke out against the deal"):
// annotators count it with the cue, and on a short object it is half of
// the content.
func (x *extractor) leadingParticle(h hit, i, end int) int {
	d := x.d
	if i != h.last+1 || i+1 >= end || d.inq[i] >= 0 || d.inq[i+1] >= 0 {
		return i
	}
	if d.toks[i].is("about", "of", "against", "on", "with", "for", "at") && d.toks[i+1].kind == word {
		return i + 1
	}
	return i
}

// secondClause ends the content [i, end) before "and" or "but" that
// opens a clause with a subject of its own: "denied the charge and his
// lawyer called it absurd", "said the poll was close and others said it
// was not". Annotators give the second clause to the narrator (or to a
// cue of its own), not to this statement. The clause before the
// conjunction must be whole (a verb since its last "that", "who", ...),
// so that a pair of subjects stays ("said that Lee and Park would
// meet"); so does a second "that"-clause's sibling without a comma
// ("found that costs rose and wages fell"), which is said too.
func (x *extractor) secondClause(h hit, i, end int) int {
	d := x.d
	if i >= end || hasQuoteMark(d, []tspan{{i, end - 1}}) {
		// Quoted statements are cut by their quotation marks, and
		// annotators keep a mixed quote's clauses together.
		return end
	}
	thatClause := d.toks[i].is("that")
	// A stance verb's object is whole from the start ("endorsed Lee and
	// Park withdrew"); a verb that takes a clause without "that" ("hopes
	// Lee and Park will") needs the clause's verb first.
	clause := h.c.class == other && !clauseTaking[h.c.lemma] && !predicateOpeners[d.toks[i].lower]
	opened := i - 1 // before where the current clause's subject may start
	if clauseOpeners[d.toks[i].lower] {
		opened = i
	}
	if d.toks[i].is("to") {
		clause = true // an infinitive is a whole predicate
	}
	verbSeen := finiteVerb(&d.toks[i]) || d.toks[i].in(inAuxiliaries)
	for k := i + 1; k+1 < end; k++ {
		if q := d.inq[k]; q >= 0 {
			k = d.regions[q].last
			continue
		}
		t := &d.toks[k]
		_, cueWord := t.listed()
		present := x.presentVerbAt(k-1, k)
		if t.is("that", "which", "who", "whom", "whose", "whether", "if", "because", "when", "where", "while", "as", "since", "after", "before", "until") ||
			t.text == "," && !d.toks[k+1].is("and", "but") || cueWord && !t.capital() {
			// A cue verb in the present after its subject ("tenants
			// want lower rents", "we need a bridge") is the clause's
			// own verb: the clause is whole.
			clause = cueWord && present && k > opened+1
			opened = k
			if clause {
				verbSeen = true
			}
			continue
		}
		if k > opened+1 && (finiteVerb(t) || t.in(inAuxiliaries) || present) {
			clause = true
		}
		if finiteVerb(t) || t.in(inAuxiliaries) || present || cueWord && !t.capital() {
			verbSeen = true
		}
		if !t.is("and", "but") || d.inq[k+1] >= 0 {
			continue
		}
		if !verbSeen && !thatClause && !isDashToken(d.toks, k-1) && x.speakerVerb(h, k+1, end) {
			return k
		}
		if !clause && !(d.toks[k-1].text == "," && clauseTaking[h.c.lemma]) {
			// "see the police as a problem, and most say": after a
			// comma a verb taking a clause may end at its object.
			continue
		}
		if thatClause && d.toks[k-1].text != "," {
			continue
		}
		if x.subjectAndVerb(k+1, end) {
			return k
		}
	}
	return end
}

// speakerVerb reports whether a verb in the cue's own form starts at j,
// after an object or an infinitive that holds no verb of its own: the
// speaker's second predicate ("has vowed to keep it legal and celebrated
// the ruling", "supports the bill and ranks it first").
func (x *extractor) speakerVerb(h hit, j, end int) bool {
	d := x.d
	for j < end && d.inq[j] < 0 && d.toks[j].in(inBetween) && !d.toks[j].in(inAuxiliaries) {
		j++
	}
	if j+1 >= end || d.inq[j] >= 0 {
		return false
	}
	w := &d.toks[j]
	if h.c.class == other && x.speakerAuxiliary(j, end) {
		return true
	}
	if w.kind != word || w.capital() || w.in(inAuxiliaries) {
		return false
	}
	// What follows the verb is its object or particle, not a noun that
	// an adjective in "-ed" modifies ("and improved dining").
	n := &d.toks[j+1]
	if !objectFollows(n) && !n.is("short") {
		return false
	}
	switch h.c.form {
	case past:
		return finiteVerb(w)
	case third:
		return thirdPersonVerb(w, n)
	}
	return false
}

// objectFollows reports whether n, right after a verb, opens its object
// or is its particle: a determiner, a preposition, a name, an object
// pronoun or a particle ("thanked the crowd", "backed it", "summed up").
func objectFollows(n *token) bool {
	return n.in(inDeterminers) || n.in(inPrepositions) || n.capital() || n.is("it", "him", "them", "us", "me", "up", "out", "back", "down", "off")
}

// thirdPersonVerb reports whether w, before n, is a verb in "-s": a cue
// in that form, a known present verb, or another word in "-s" with an
// object right after it ("and ranks it first", "and sends a lobbyist",
// "and rallies Democrats"). Before a preposition such a word is as often
// a plural noun, the second half of the object ("supports farmers and
// ranchers across the state", "praises teachers and parents in Ohio").
func thirdPersonVerb(w, n *token) bool {
	if c, ok := w.listed(); ok {
		return c.form == third
	}
	if !strings.HasSuffix(w.lower, "s") || strings.HasSuffix(w.lower, "ss") || w.in(inDeterminers) {
		return false
	}
	if presentVerbs[strings.TrimSuffix(w.lower, "s")] {
		return true
	}
	return n.in(inDeterminers) || n.capital() || n.is("it", "him", "them", "us", "me")
}

// clauseTaking are stance lemmas whose content is often a clause without
// "that": "hopes Lee will run".
var clauseTaking = set("believe", "think", "hope", "fear", "expect", "doubt", "worry", "know", "feel", "wish", "suspect", "bet", "guess", "assume", "figure", "see")

// subjectAndVerb reports whether a clause starts at j: a subject (a
// personal pronoun or a noun phrase) and then a finite verb. After a
// noun phrase the verb must be unmistakable (an auxiliary, a verb of
// saying, an irregular past) or follow a name: "the rules adopted" is
// more often a phrase than a clause.
func (x *extractor) subjectAndVerb(j, end int) bool {
	d := x.d
	t := &d.toks[j]
	g := j
	pronoun := t.is(personalSubjects...)
	if e, ok := x.otherSubject(j, end); ok && !pronoun {
		pronoun, g = true, e // as sure a subject as a pronoun
	} else if !pronoun {
		_, e, ok := x.npForward(j, end)
		if !ok {
			return false
		}
		g = x.beforePresentVerb(j, e)
	}
	v := g + 1
	for v < end && d.inq[v] < 0 && d.toks[v].in(inBetween) && !d.toks[v].in(inAuxiliaries) && !d.toks[v].in(inNegatedAuxiliaries) {
		v++
	}
	if v >= end || d.inq[v] >= 0 {
		return false
	}
	w := &d.toks[v]
	if w.in(inAuxiliaries) || w.in(inFiniteForms) || w.in(inNegatedAuxiliaries) {
		return true
	}
	if c, ok := w.listed(); ok && (c.form == past || c.form == third) && !w.capital() {
		return true
	}
	if x.presentVerbAt(g, v) {
		return true
	}
	return finiteVerb(w) && (pronoun || d.toks[g].capital())
}

// objectEnd ends the content [i, end) of a stance verb after its object
// when that is a name or a pronoun and an adjunct of time, place or
// manner follows: "endorsed Lopez last week", "backed her by a wide
// margin", "criticized Mr. Pike at a rally". The adjunct tells when or
// how the stance was taken, not what it is about (annotators end the
// content at the name); "Senator Pike of Ohio" and "Pike for mayor"
// stay whole, and so does an object that is not a name ("opposed the
// rules in the district"). Any object ends before an adverbial clause
// (nounObjectEnd).
func (x *extractor) objectEnd(h hit, i, end int) int {
	d := x.d
	k := i
	if k >= end || d.inq[k] >= 0 {
		return end
	}
	if d.toks[k].is("him", "her", "them", "it", "us", "me") {
		k++
	} else {
		for k < end && d.inq[k] < 0 && d.toks[k].kind == word && (d.toks[k].capital() || d.toks[k].in(inTitles) || d.toks[k].is("of") && k+1 < end && d.toks[k+1].capital()) {
			k++
		}
		if k == i {
			return x.nounObjectEnd(h, i, end)
		}
	}
	if k >= end || d.inq[k] >= 0 {
		return end
	}
	if t := &d.toks[k]; t.is("last", "this", "earlier", "yesterday", "today", "on", "in", "at", "during", "by", "after", "before", "when", "while", "because", "despite") || t.in(inTimeWords) || x.tallyAt(k, end) {
		return k
	}
	return x.nounObjectEnd(h, i, end) // "Lee's plan for the port by citing …"
}

// secondParticiple ends the content [i, end) of a participle cue where
// its speaker's second participle starts: "calling him a fraud and
// questioning his record". A participle already inside the content
// ("saying the plan means raising taxes and cutting jobs") is the
// content's own, and so is the one after it.
func (x *extractor) secondParticiple(i, end int) int {
	d := x.d
	for k := i; k+1 < end; k++ {
		if q := d.inq[k]; q >= 0 {
			k = d.regions[q].last
			continue
		}
		t := &d.toks[k]
		if participle(t) {
			return end
		}
		if k > i && t.is("and", "but") {
			// "and loudly insisting", "and even vowing": an adverb may
			// stand before the second participle.
			n := k + 1
			for n+1 < end && d.inq[n] < 0 && (adverb(&d.toks[n]) || d.toks[n].in(inBetween) && !d.toks[n].in(inAuxiliaries)) {
				n++
			}
			if d.inq[n] < 0 && (participle(&d.toks[n]) || sayGerund(&d.toks[n])) {
				return k
			}
		}
	}
	return end
}

// participle reports whether a word looks like a present participle.
func participle(t *token) bool {
	return t.kind == word && !t.capital() && len(t.lower) > 5 && strings.HasSuffix(t.lower, "ing") && !t.in(inNotParticiples)
}

// listGoesOn reports whether the comma at k continues a list of short
// phrases that "and" or "or" closes ("thanked his staff, his family and
// his voters"): the object goes on past it, unlike an appositive or a
// clause after it ("criticized the deal, which he called …").
func (x *extractor) listGoesOn(k, end int) bool {
	d := x.d
	n := 0 // words in the current item
	for j := k + 1; j < end && j <= k+24; j++ {
		t := &d.toks[j]
		if d.inq[j] >= 0 || t.text == ";" || t.text == "." || t.text == ":" || t.text == "(" || isDashToken(d.toks, j) {
			return false
		}
		switch {
		case t.text == ",":
			if n == 0 || n > maxListItem {
				return false
			}
			n = 0
		case t.is("and", "or"):
			// The last item: a phrase, not a clause ("and his voters",
			// not "and he said").
			return n <= maxListItem && (n > 0 || d.toks[j-1].text == ",") && j+1 < end && d.toks[j+1].kind == word &&
				!finiteVerb(&d.toks[j+1]) && !d.toks[j+1].in(inSubjectPronouns) && !d.toks[j+1].in(inBoundaryWords)
		case t.kind == word:
			if finiteVerb(t) || t.in(inSubjectPronouns) || t.is("that", "which", "who", "whom", "whose", "where", "when") ||
				n == 0 && !t.capital() && strings.HasSuffix(t.lower, "ing") {
				return false
			}
			n++
		}
	}
	return false
}

// maxListItem is the most words an item of a list may have.
const maxListItem = 5

// predicateEnd ends content [i, end) where the speaker's own sentence
// goes on rather than the statement: a quotation that is the whole
// statement, then "before …" or "and boycotted …" ("cautioned “let’s
// not count our votes yet,” before predicting"); or an object, then a
// second verb of the speaker ("called him “a fraud” and skipped the
// hearing"). A reported clause keeps its own second verb ("said the plan
// was bad and would fail").
func (x *extractor) predicateEnd(i, end int) int {
	d := x.d
	if i >= end {
		return end
	}
	if q := d.inq[i]; q >= 0 && d.regions[q].first == i && d.regions[q].close {
		k := d.regions[q].last + 1
		if k < end && d.toks[k].text == "," {
			k++
		}
		if k < end && d.inq[k] < 0 && (d.toks[k].is("before", "after", "while", "as", "then") && k+1 < end && d.toks[k+1].kind == word && !d.toks[k+1].capital() ||
			d.toks[k].is("and", "but") && k+1 < end && finiteVerb(&d.toks[k+1])) {
			return d.regions[q].last + 1
		}
		return end
	}
	for k := i; k < end; k++ {
		if q := d.inq[k]; q >= 0 {
			k = d.regions[q].last
			continue
		}
		t := &d.toks[k]
		if finiteVerb(t) || t.in(inSubjectPronouns) && !t.is("who", "which") || t.is("that", "to", "if", "whether", ",", ";") {
			return end // a clause, or more than an object
		}
		if t.is("and", "but") && k > i && k+1 < end && finiteVerb(&d.toks[k+1]) && !d.toks[k+1].in(inAuxiliaries) {
			return k
		}
	}
	return end
}

// clauseBetween reports whether tokens [i, k) hold a subject pronoun or
// a verb: a clause of the content, not an addressee or a time.
func (x *extractor) clauseBetween(i, k int) bool {
	d := x.d
	for j := i; j < k; j++ {
		t := &d.toks[j]
		if t.is("he", "she", "they", "we", "i", "it", "you") {
			return true
		}
		// "in a report released Monday that": a participle after its
		// noun is part of the phrase.
		if finiteVerb(t) && !t.capital() && !(strings.HasSuffix(t.lower, "ed") && j > i && d.toks[j-1].kind == word && !d.toks[j-1].in(inSubjectPronouns) && x.npToken(j-1) && !x.subjectVerbObject(i, j)) {
			return true
		}
		// An infinitive, not "in an email to the Times that".
		if t.is("to") && j+1 < k && d.toks[j+1].kind == word && !d.toks[j+1].capital() && !d.toks[j+1].in(inDeterminers) && !d.toks[j+1].is("him", "her", "them", "us", "me", "reporters") {
			return true
		}
	}
	return false
}

// subjectVerbObject reports whether the "-ed" word at j, after the noun
// phrase that opens [i, j), is that phrase's verb with an object after
// it: "said Mr. Ortiz envisioned a campaign that …" reports a clause
// whose object has a relative, while in "said in a report released
// Monday that …" the participle qualifies a noun after a preposition.
func (x *extractor) subjectVerbObject(i, j int) bool {
	d := x.d
	for k := i; k < j; k++ {
		if d.inq[k] >= 0 || d.toks[k].kind != word || d.toks[k].in(inPrepositions) {
			return false
		}
	}
	return j+1 < len(d.toks) && d.inq[j+1] < 0 && d.toks[j+1].is("a", "an", "the", "his", "her", "their", "its", "our", "my", "this", "these", "those")
}

// addressees are lemmas whose object is who was told, not what.
var addressees = set("tell", "assure", "remind", "inform", "warn", "urge", "ask", "promise", "advise")

var prepositions = set("in", "at", "on", "for", "from", "with", "by", "to", "about", "of", "into",
	"over", "under", "during", "after", "before", "since", "like", "than", "against", "among",
	"through", "without", "within", "across", "toward", "towards", "upon", "amid", "despite")

// contentEnd finds where content starting at i stops: the sentence end,
// a semicolon, or a participial cue (", adding that").
func (x *extractor) contentEnd(i, s1 int) int {
	d := x.d
	end := s1
	// A cue inside an opening subordinate clause ("While those surveyed
	// said X, Trump ...") governs only up to the clause's comma.
	sub := x.inSubordinate(i)
	// Whether a poll's share speaks here is asked once, and only at a
	// comma or a conjunction.
	speaks := -1
	shareSpeaks := func() bool {
		if speaks < 0 {
			speaks = 0
			if x.shareSpeaks(i) {
				speaks = 1
			}
		}
		return speaks == 1
	}
	stopAt := func(k int) bool {
		if k+1 >= s1 {
			return false
		}
		n := &d.toks[k+1]
		if k == i && !sub && n.is("though", "however", "too") {
			// "He added, though, that …": an aside before the content.
			return false
		}
		if sub {
			// "As Politico reported, “…”": the cue was the subordinate
			// clause, the quotation it introduces is the main one.
			q := d.inq[k+1]
			return !(k == i && n.kind == qmark && q >= 0 && d.regions[q].first == k+1)
		}
		if c, ok := n.listed(); ok && c.form == gerund && c.class == say {
			return true
		}
		if n.is("although", "though") && x.concessionGoesOn(i, k, s1) {
			return false
		}
		if n.lower == "according" || n.is("while", "whereas", "although", "though") && !n.capital() || x.comparedShare(k+1, s1) || x.evenConcession(i, k, s1) {
			return true
		}
		// ", with 40 percent undecided", ", with costs falling": an
		// absolute phrase that goes on with what was said. Not ", with
		// whom …", nor ", with Lee telling reporters …", another
		// statement.
		if n.is("with") && !n.capital() {
			return x.withStatement(k+2, s1)
		}
		// A participial phrase after the clause: ", describing ...".
		if participle(n) {
			return true
		}
		// ", who …", ", which …": a non-restrictive relative clause
		// comments on the content rather than belonging to it.
		if n.is("who", "which", "whom", "whose") && k > i+2 {
			// "Pagliano, who invoked the Fifth, is now cooperating": the
			// clause is an aside in the content's own clause.
			_, after := x.relativeAside(k, s1)
			return after < 0
		}
		// ", a swipe at his rivals", ", the party's nominee": a noun
		// phrase that closes the sentence comments on the content.
		if x.closingAppositive(k+1, s1) {
			return true
		}
		// "said the plan was costly, but that it would pass": a second
		// clause of the same verb, opened by "that" as a complement (not
		// the demonstrative of ", but that was …").
		if n.is("but", "and") && k+3 < s1 && d.toks[k+2].is("that") && d.inq[k+2] < 0 {
			if m := &d.toks[k+3]; !finiteVerb(m) && !m.in(inBetween) && !m.is("is", "was", "'s", "would", "will", "could", "may", "might", "seems", "seemed", "means", "meant") {
				return false
			}
		}
		// ", but …" and ", and Trump vowed …" start another clause,
		// unless the content's own contrast goes on (", but rather …").
		if n.is("but") && x.contrastGoesOn(i, k, s1) {
			return false
		}
		if n.is("but") {
			return true
		}
		if n.is("and", "then") && k+2 < s1 {
			m := &d.toks[k+2]
			if m.is("he", "she", "they", "it", "we", "i", "then") {
				return true
			}
			// ", and Trump vowed …" starts a clause; ", Abe, and Park to"
			// ends a list.
			if (m.is("the") || m.capital()) && d.inq[k+2] < 0 {
				if _, g, ok := x.npForward(k+2, s1); ok && g+1 < s1 && (finiteVerb(&d.toks[g+1]) || d.toks[g+1].in(inBetween)) {
					return true
				}
			}
		}
		if n.is("but", "and") && k+2 < s1 && d.toks[k+2].is("when", "if", "while", "after", "before", "as", "because", "although", "though", "since", "then") {
			return true
		}
		if n.is("but", "and") && k+2 < s1 {
			m := k + 2
			for m < s1-1 && d.toks[m].in(inBetween) {
				m++
			}
			if _, ok := d.toks[m].listed(); ok && d.inq[m] < 0 {
				return true
			}
			// ", and nearly 3 in 10 said …": another speaker's
			// statement.
			if x.subjectThenSay(k+2, s1) {
				return true
			}
		}
		// "40% say …, 25% call themselves …", ", and one in five say
		// …", ", after half said so …": a share's statement ends at the
		// poll's next share.
		if shareSpeaks() && (x.shareClauseAt(k+1, s1) || n.is("and", "but", "after") && x.shareClauseAt(k+2, s1)) {
			return true
		}
		return false
	}
	dashes := 0 // outside quotations since i
	for k := i; k < s1; k++ {
		if d.inq[k] >= 0 {
			r := d.regions[d.inq[k]]
			k = min(r.last, s1-1)
			// "…,” adding that": the participle starts another attribution;
			// "…,” and shared a link": so does a second verb.
			// `…,” and to “…”`, `…,” and “…”` go on.
			if r.close && k > 0 && d.toks[k-1].text == "," && (stopAt(k) || k+1 < s1 && d.toks[k+1].is("and", "but") && !(k+2 < s1 && (d.toks[k+2].is("to", "that") || d.toks[k+2].kind == qmark)) || x.sayVerbAt(k+1, s1)) {
				end = k + 1
				break
			}
			if r.close && x.quotationCloses(i, k, s1) {
				end = k + 1
				break
			}
			continue
		}
		t := &d.toks[k]
		if t.text == ";" || t.text == ")" && !x.openedSince(i, k) || t.text == "(" && k > i && x.closingRemark(k, s1) {
			end = k
			break
		}
		if t.text == "," && stopAt(k) {
			end = k
			break
		}
		if t.text == "," && x.contrastGoesOn(i, k, s1) {
			k++ // past "but": the contrast goes on, not a second verb
			continue
		}
		// A lone dash ends the content as a comma would ("…  — a move
		// that …", "… - but he said …"); a pair of them sets off an
		// aside inside it, and the second of the pair closes it.
		if isDashToken(d.toks, k) {
			opens := dashes%2 == 0
			dashes++
			if opens && (stopAt(k) || x.dashAppositive(k+1, s1)) && !x.dashClosed(k, s1) {
				end = k
				break
			}
		}
		// "responded by saying, “…”", "and adding: “…”": a participle of
		// saying that introduces a quotation is a cue of its own, and the
		// quotation its statement.
		if k > i && t.is("by", "and", "before", "after", "while") && k+3 < s1 && d.inq[k+1] < 0 && (d.toks[k+2].text == "," || d.toks[k+2].text == ":") && x.quotationAt(k+3) {
			if c, ok := d.toks[k+1].listed(); ok && c.form == gerund && c.class == say {
				end = k
				break
			}
		}
		// "said that … and insisted that …": a second cue of the subject.
		if t.is("and", "but") && k+1 < s1 && d.inq[k+1] < 0 {
			if c, ok := d.toks[k+1].listed(); ok && (c.form == past || c.form == third) && !x.sharedPredicate(i, k) {
				end = k
				break
			}
		}
		// "most backed the toll while a quarter disagreed", "said “a
		// good idea” and 9 percent said “never”": a share's statement ends where the
		// poll's next share opens a clause, even without a comma. A
		// share rarely shares a verb with a subject before "and", as
		// "both he and Lee said" does.
		if t.is("and", "while", "whereas") && shareSpeaks() && x.shareClauseAt(k+1, s1) {
			end = k
			break
		}
		// "claimed the attack but officials said they doubt it": another
		// speaker's statement, as after ", but" (stopAt). Not "and",
		// which joins subjects as often as clauses ("both he and Lee
		// said").
		if t.is("but") && k > i+1 && d.toks[k-1].text != "," && k+1 < s1 && x.subjectThenSay(k+1, s1) {
			end = k
			break
		}
		// "is going to vote for Lee but has withheld": a second verb.
		if t.is("but", "and") && k+1 < s1 && d.toks[k+1].is("has", "have", "had", "is", "was", "were", "will", "would", "did", "does", "didn't", "doesn't", "won't", "also") && !x.clauseGoesOn(i, k) {
			end = k
			break
		}
	}
	// Leave out the closing full stop of narrative content.
	for end > i && d.toks[end-1].kind == punct && d.inq[end-1] < 0 && (d.toks[end-1].text == "." || d.toks[end-1].text == ",") {
		end--
	}
	return end
}

// sayVerbAt reports whether a verb of saying in the past or the present
// stands at k: after a quotation closed by its comma (`Lee, citing “a
// quiet strength,” said …`) it is the next cue, not part of the content.
func (x *extractor) sayVerbAt(k, s1 int) bool {
	d := x.d
	if k >= s1 || d.inq[k] >= 0 || d.toks[k].capital() {
		return false
	}
	c, ok := d.toks[k].listed()
	return ok && c.class == say && (c.form == past || c.form == third)
}

// withStatement reports whether the phrase after ", with" that starts at
// i is no part of the content before it: a relative clause ("with whom
// …") or another statement, a cue in its first words ("with Lee telling
// reporters …").
func (x *extractor) withStatement(i, s1 int) bool {
	d := x.d
	if i >= s1 || d.toks[i].is("whom", "which") {
		return true
	}
	for k := i; k < s1 && k < i+8 && d.inq[k] < 0 && d.toks[k].kind == word; k++ {
		if c, ok := d.toks[k].listed(); ok && c.form == gerund {
			return true
		}
	}
	return false
}

// dashClosed reports whether another dash after the one at k closes an
// aside before the sentence ends.
func (x *extractor) dashClosed(k, s1 int) bool {
	for j := k + 1; j < s1; j++ {
		if x.d.inq[j] < 0 && isDashToken(x.d.toks, j) {
			return true
		}
	}
	return false
}

// closingAppositive reports whether a noun phrase opened by an article
// starts at i and the sentence ends with it, not a clause whose subject
// it is: ", a step his party opposed", not ", the council voted …".
// The scan stops at the next comma, and its answer is cached, so a
// sentence costs linear time however many cues bound content in it.
func (x *extractor) closingAppositive(i, s1 int) bool {
	key := [2]int{i, s1}
	if v, ok := x.appositive[key]; ok {
		return v
	}
	v := x.scanAppositive(i, s1) || x.relativeAppositive(i, s1)
	if x.appositive == nil {
		x.appositive = map[[2]int]bool{}
	}
	x.appositive[key] = v
	return v
}

// scanAppositive is closingAppositive without the cache.
func (x *extractor) scanAppositive(i, s1 int) bool {
	d := x.d
	if i >= s1 || !d.toks[i].is("a", "an", "the") || d.toks[i].capital() {
		return false
	}
	_, g, ok := x.npForward(i, s1)
	if !ok || g+1 >= s1 {
		return ok
	}
	if n := &d.toks[g+1]; finiteVerb(n) || n.in(inBetween) || n.kind == punct && n.text != "." || d.inq[g+1] >= 0 {
		return false
	}
	for k := g + 1; k < s1; k++ {
		if d.inq[k] >= 0 || d.toks[k].text == "," || d.toks[k].text == ";" {
			return false
		}
	}
	return !x.verbAfterLongSubject(i, g, s1)
}

// verbAfterLongSubject reports whether the noun phrase from i to g goes
// on to a verb: through a second noun phrase or a prepositional phrase
// ("the farmers and the miners don't", "the farmers in the valley
// don't") or an adverb ("the farmers rarely talk"), so that it is a
// clause's subject, not an appositive. A preposition that may open a
// clause ("the day after the vote passed") does not carry the phrase on.
// npForward takes "rarely talk" in as a modifier and a noun, so an adverb
// after a plural noun inside the phrase opens the predicate.
func (x *extractor) verbAfterLongSubject(i, g, s1 int) bool {
	d := x.d
	for n := 0; n < 3 && g+2 < s1; n++ {
		t := &d.toks[g+1]
		if d.inq[g+1] >= 0 || d.inq[g+2] >= 0 || t.capital() || !t.is("and", "or") && !(t.in(inPrepositions) && !t.is("to", "than", "like", "until") && !clauseConjunctions[t.lower]) {
			break
		}
		_, h, ok := x.npForward(g+2, s1)
		if !ok {
			break
		}
		g = h
	}
	for k := i + 1; k < g; k++ {
		if adverb(&d.toks[k]) && pluralSubject(&d.toks[k-1]) {
			return true
		}
	}
	for g+1 < s1 && d.inq[g+1] < 0 && adverb(&d.toks[g+1]) {
		g++
	}
	if g+1 >= s1 || d.inq[g+1] >= 0 {
		return false
	}
	n := &d.toks[g+1]
	return finiteVerb(n) || n.in(inBetween) && !n.capital() || x.presentVerbAt(g, g+1) || adverb(&d.toks[g]) && n.kind == word && !n.capital() && !n.in(inPrepositions) && !n.in(inDeterminers)
}

// subjectThenSay reports whether a subject and a say verb start at i:
// "nearly 3 in 10 said", "the union leader told".
func (x *extractor) subjectThenSay(i, s1 int) bool {
	d := x.d
	for k := i; k < s1 && k < i+10; k++ {
		t := &d.toks[k]
		if d.inq[k] >= 0 || t.kind != word {
			return false
		}
		if x.sayVerbAt(k, s1) {
			return k > i
		}
		// "officials have said", "the aides later told": an auxiliary
		// or adverb between the subject and the verb.
		if k > i && t.in(inBetween) && !t.capital() {
			continue
		}
		if !x.npToken(k) && !t.is("than", "in", "of", "out") {
			return false
		}
	}
	return false
}

// relativeAside reports, for a comma at k opening a relative clause,
// the comma that closes it and the token after, when the sentence's
// predicate goes on there ("Pagliano, who invoked the Fifth, is now
// cooperating"); -1, -1 otherwise.
func (x *extractor) relativeAside(k, s1 int) (int, int) {
	d := x.d
	for m := k + 2; m+1 < s1 && m < k+30; m++ {
		if q := d.inq[m]; q >= 0 {
			m = d.regions[q].last
			continue
		}
		t := &d.toks[m]
		if t.text == ";" || t.text == "." {
			break
		}
		if t.text == "," {
			n := &d.toks[m+1]
			if !n.capital() && (finiteVerb(n) || n.is("is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must")) {
				return m, m + 1
			}
			if x.asideResumes(m+1, s1) {
				return m, m + 1
			}
			break
		}
	}
	return -1, -1
}

// openedSince reports whether a parenthesis opens between i and k.
func (x *extractor) openedSince(i, k int) bool {
	for j := i; j < k; j++ {
		if x.d.toks[j].text == "(" {
			return true
		}
	}
	return false
}

// inSubordinate reports whether token i lies in a subordinate clause that
// opens its sentence and has not reached its comma yet.
func (x *extractor) inSubordinate(i int) bool {
	d := x.d
	if i <= 0 || i > len(d.toks) {
		return false
	}
	s0 := d.sents[d.sentOf[i-1]][0]
	// The clause starts at the sentence start or after the last comma
	// ("Some clapped, and when Ortiz said the plant would stay, a woman
	// shouted").
	c := s0
	for k := i - 1; k > s0; k-- {
		if d.inq[k] < 0 && d.toks[k].text == "," {
			c = k + 1
			break
		}
	}
	for c < i && d.toks[c].is("and", "but") {
		c++
	}
	// "Ever since she backed …", "even though": the adverb opens the
	// same clause.
	o := c
	if c+1 < i && d.toks[c].is("ever", "even", "just", "long") {
		c++
	}
	return c < i && clauseConjunctions[d.toks[c].lower] && (o == s0 || o > s0 && d.toks[o-1].is("and", "but") || d.toks[o-1].text == ",")
}

// adverb reports whether t is an -ly adverb ("forcefully told").
func adverb(t *token) bool {
	return t.kind == word && !t.capital() && len(t.lower) > 4 && strings.HasSuffix(t.lower, "ly") && !notAdverbs[t.lower]
}

var notAdverbs = set("family", "rally", "ally", "italy", "july", "holly", "supply", "reply", "assembly",
	"anomaly", "monopoly", "bully", "belly", "jelly", "early", "only")

// discoursePhrases are asides of two words set off by commas between a
// subject and its verb ("The mayor, for instance, said"), keyed by their
// first word.
var discoursePhrases = map[string]map[string]bool{
	"for": set("instance", "example", "one", "now"),
	"in":  set("fact", "turn", "particular", "response", "contrast", "short", "general", "addition"),
	"of":  set("course"),
	"by":  set("contrast"),
	"at":  set("least", "times"),
}

// discoursePhraseBefore returns how many words stand between the comma at
// b and the comma before them when they are a discourse phrase ("for
// instance", "for his part"), else 0.
func (x *extractor) discoursePhraseBefore(b, s0 int) int {
	d := x.d
	if b-3 <= s0 || d.toks[b].text != "," || d.inq[b] >= 0 {
		return 0
	}
	if d.toks[b-3].text == "," && discoursePhrases[d.toks[b-2].lower][d.toks[b-1].lower] {
		return 2
	}
	// "for his part", "for their part".
	if b-4 > s0 && d.toks[b-4].text == "," && d.toks[b-3].is("for") && d.toks[b-2].in(inPossessives) && d.toks[b-1].is("part") {
		return 3
	}
	return 0
}

// discourse words open a sentence before its subject: "Meanwhile, ...".
var discourse = set("meanwhile", "however", "still", "instead", "also", "then", "now", "later",
	"earlier", "yesterday", "today", "separately", "similarly", "additionally", "indeed", "moreover",
	"thus", "so", "yet", "and", "but", "first", "finally", "afterward", "afterwards", "previously",
	"overall", "again", "nonetheless", "nevertheless", "otherwise", "there", "here", "tonight")

var notParticiples = set("including", "according", "nothing", "something", "anything", "everything",
	"during", "morning", "evening", "building", "meeting", "funding", "spending", "hearing", "ruling",
	"timing", "polling", "housing", "training", "bombing", "shooting", "warning", "beginning",
	"thing", "being", "bring", "spring", "ending", "rating", "setting", "standing", "wedding",
	"feeling", "offering", "bidding", "saying")

// skipTrailer skips what may follow a cue or its speaker without being
// content: time words, "in a statement", "on Twitter", "to reporters".
func (x *extractor) skipTrailer(i, s1 int) int {
	d := x.d
	k := i
	if i < s1 && d.toks[i].kind == word && d.inq[i] < 0 {
		// A trailer is a prepositional phrase, a time, an adverb or an
		// addressee ("told reporters"), not an object ("wrote a book").
		t := &d.toks[i]
		if !(t.in(inPrepositions) || t.in(inTimeWords) || strings.HasSuffix(t.lower, "ly") || t.capital() ||
			t.is("him", "her", "them", "us", "me", "reporters", "journalists", "supporters", "voters", "lawmakers", "the", "as", "when", "after", "before", "while", "outside", "following", "via", "late", "early", "last", "this", "during", "afterward", "recently")) {
			return -1
		}
		// "emailed her condolences": an object after the pronoun, not a
		// trailer like "told her on Monday".
		if t.is(objectPronouns...) && i+1 < s1 {
			if n := &d.toks[i+1]; n.kind == word && d.inq[i+1] < 0 && !n.in(inPrepositions) && !n.in(inTimeWords) && !strings.HasSuffix(n.lower, "ly") && !n.is("that", "as", "when", "after", "before", "while", "during") {
				return -1
			}
		}
		// "has pledged to expand its navy": an infinitive is the
		// object, not a trailer like "to reporters".
		if t.is("to") && i+1 < s1 && infinitiveVerb(&d.toks[i+1]) {
			return -1
		}
	}
	for k < s1 && k < i+10 {
		t := &d.toks[k]
		if q := d.inq[k]; q >= 0 && k > i && d.regions[q].first == k && d.regions[q].close && !d.speechLike(q) {
			// A title: "said on MSNBC’s “Morning Joe.”"
			k = d.regions[q].last + 1
			if k >= s1 {
				return s1
			}
			if p := d.toks[k-2].text; p == "," || p == "." {
				return k - 2 // the title's own comma or full stop ends it
			}
			continue
		}
		if d.inq[k] >= 0 || t.text == "," || t.text == "." || t.text == ";" || t.text == ":" {
			break
		}
		if t.kind == punct && t.text != "(" && t.text != ")" && t.text != "-" {
			break
		}
		if t.is("that") {
			return -1 // a clause: not a trailer
		}
		// "conceded the situation is regrettable": an auxiliary makes a
		// clause of it.
		if k > i && t.in(inAuxiliaries) && !t.capital() && d.toks[k-1].lower != "who" {
			return -1
		}
		// "told reporters he felt vindicated": a subject pronoun too.
		if k > i && t.is("he", "she", "they", "we", "i", "it") {
			return -1
		}
		k++
	}
	if k >= i+10 {
		return -1
	}
	return k
}
