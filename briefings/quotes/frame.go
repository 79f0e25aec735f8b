package quotes

import "strings"

// This file decides whether a cue starts at a token (cueAt) and reads the
// attribution it governs: its speaker, its content and its kind (frame).

// cueAt reports whether a cue starts at token i.
func (x *extractor) cueAt(i, s0, s1 int) (hit, bool) {
	d := x.d
	t := &d.toks[i]
	if t.lower == "according" && i+1 < s1 && d.toks[i+1].lower == "to" {
		return hit{first: i, last: i + 1, acc: true, c: cue{lemma: "according to", class: say}}, true
	}
	if t.lower == "in" {
		// "In a CBS poll, Trump's lead …", "… led in a CNN national poll.":
		// the poll is the source.
		for k := i + 1; k < s1 && k <= i+8 && d.inq[k] < 0 && d.toks[k].kind == word; k++ {
			if d.toks[k].is("poll", "survey", "surveys") {
				if !(k+1 < s1 && d.toks[k+1].is("of", "'s")) {
					return hit{first: i, last: i, poll: k, c: cue{lemma: "in", class: say}}, true
				}
				break
			}
			if !x.npToken(k) && !d.toks[k].is("of", "by", "for", "from") || d.toks[k].is("and") {
				break
			}
		}
	}
	if h, ok := x.copularCue(i, s0, s1); ok {
		return h, true
	}
	if h, ok := x.idiomCue(i, s1); ok && !(t.capital() && i != s0) {
		return h, true
	}
	if t.is("put", "puts") && i+2 < s1 && d.toks[i+1].is("it") && (d.toks[i+2].text == "," || d.toks[i+2].text == ":" || d.toks[i+2].text == ".") {
		// "As Vulture put it, “…”", "as one adviser puts it."
		return hit{first: i, last: i + 1, c: cue{lemma: "put", class: say, form: past}}, true
	}
	if h, ok := x.critiqueCue(i, s0, s1); ok {
		return h, true
	}
	if h, ok := x.chargeCue(i, s0, s1); ok {
		return h, true
	}
	if h, ok := x.publicationCue(i, s0, s1); ok {
		return h, true
	}
	if t.in(inSpeechNouns) && i > s0+1 && i+2 < s1 && d.toks[i+1].is("that") && x.possessor(i-1) && x.objectPosition(i-1, s0) {
		// "Trump's claim that …", "his insistence that …": a statement
		// named by a noun, its maker the possessor. Not "her comments
		// that went viral": a relative clause.
		if n := &d.toks[i+2]; !finiteVerb(n) && !n.in(inBetween) {
			return hit{first: i, last: i, noun: true, c: cue{lemma: t.lower, class: say}}, true
		}
	}
	c, ok := t.listed()
	if !ok && t.lower == "appear" && i > s0 && i+2 < s1 && d.toks[i+1].is("to") {
		// "The figures appear to be wrong": an impression, as "appears
		// to" is. Alone, "appear" is mostly a showing up ("appear in
		// court"), so only before "to".
		c, ok = cue{lemma: "appear", class: other, form: base}, true
	}
	if !ok {
		c, ok = x.castAsCue(i, s1)
	}
	if !ok {
		c, ok = x.cognitionCue(i, s0, s1)
	}
	if !ok {
		c, ok = x.commaAttackCue(i, s0, s1)
	}
	if !ok {
		c, ok = x.returnCue(i, s0, s1)
	}
	if !ok {
		if h, ok := x.stanceHit(i, s0, s1); ok {
			return h, true
		}
	}
	if !ok && x.goesOn(i, s0, s1) {
		return hit{first: i, last: i + 1, c: cue{lemma: "go on", class: say, form: past}}, true
	}
	if !ok {
		// Right after a quotation any verb reports it: "“This is
		// fantastic!” beamed Hartley", "“…,” Trump reacted."
		if x.trailsQuote(i, s0) {
			f := past
			if !strings.HasSuffix(t.lower, "ed") {
				f = third
			}
			return hit{first: i, last: i, c: cue{lemma: t.lower, class: say, form: f}}, true
		}
		return hit{}, false
	}
	// In a title-case headline a cue is capitalized too, in the
	// headline's present tense ("Sanders Promises Action"); a past form
	// there is as often a name ("Edward Said Lecture Series").
	if t.capital() && i != s0 && !(x.titleCased(d.paraOf[i]) && c.form != past) {
		return hit{}, false
	}
	last := particleEnd(d, i, s1, c.lemma)
	if last == i && particleOnly[c.lemma] || railNoun(c, t, i, last) {
		return hit{}, false
	}
	// "“…?” Hannity pressed.": right after a quotation any verb reports
	// it, a stance verb included.
	if c.class == other && x.afterQuote(i, s0) && !t.capital() {
		c.class = say
	}
	if last > i && (c.lemma == "point" && d.toks[last].lower == "out" || c.lemma == "shoot" || c.lemma == "fire" || c.lemma == "chime") {
		c.class = say // "Bozell points out.", "Trump shot back."
	}
	// "made it clear to donors on Monday that …": like a say verb it
	// takes a listener and a time before its clause.
	if last > i && c.lemma == "make" {
		c.class = say
	}
	beforeBe := i > s0 && d.toks[i-1].is("is", "was", "were", "are", "be", "been", "being", "get", "got") || x.reportedAfterAdverb(c, i, s0)
	// "whom he described as": after a pronoun the participle is a verb.
	afterSubject := i > s0 && d.toks[i-1].is("he", "she", "they", "we", "i", "you") || x.subjectOfObjectRelative(i, s0)
	// "Asked by a reporter whether …, Lee said": a question put to the
	// subject of the clause that follows, by the agent after "by".
	askedBy := c.lemma == "ask" && i+1 < s1 && d.toks[i+1].is("by") && (i == s0 || d.toks[i-1].is("when", "after", "while", "if", "once", "as", "before") || d.toks[i-1].text == ",")
	if c.form == past && i+1 < s1 && d.toks[i+1].is("as", "by") && c.lemma != "say" && !beforeBe && !afterSubject && !askedBy {
		return hit{}, false // "known as", "endorsed by": participles
	}
	// "A woman accused of poisoning her husband told a jury …": a
	// participle qualifying the subject; the verb comes later.
	if c.form == past && i+1 < s1 && d.toks[i+1].is("of", "for", "with") && !beforeBe && !afterSubject && i > s0 && d.toks[i-1].kind == word && !d.toks[i-1].capital() && !d.toks[i-1].in(inSubjectPronouns) && x.laterVerb(i+2, s1) {
		return hit{}, false
	}
	// "Police questioned a farmer who said …": an interrogation
	// (interrogation.go).
	if x.interrogation(c, i, s1) {
		return hit{}, false
	}
	// "Analysts quoted in the report said": the same with a phrase of
	// place or source (participlecue.go).
	if !beforeBe && !afterSubject && x.participleBeforeSay(c, i, s0, s1) {
		return hit{}, false
	}
	// "The company added 200 jobs", "added $5 billion": a quantity, not
	// a statement.
	if (c.lemma == "add" || c.lemma == "report" || c.lemma == "post") && i+1 < s1 && d.inq[i+1] < 0 {
		n := &d.toks[i+1]
		if number(n) || n.text == "$" || strings.HasPrefix(n.text, "$") || n.is("another", "nearly", "about", "roughly", "some", "more", "almost", "over") && i+2 < s1 && (number(&d.toks[i+2]) || strings.HasPrefix(d.toks[i+2].text, "$")) {
			return hit{}, false
		}
		// "The company reported profit of $2.1 billion", "posted a loss".
		if c.lemma != "add" && (n.is("profit", "profits", "loss", "losses", "revenue", "revenues", "earnings", "sales", "income", "growth", "record") || n.is("a", "an") && i+2 < s1 && d.toks[i+2].is("profit", "loss", "record", "surplus", "deficit", "decline", "rise", "drop", "gain")) {
			return hit{}, false
		}
	}
	// "Sales declined 4 percent", "declined in most states": a quantity
	// going down, not a refusal.
	if c.lemma == "decline" && declineDecrease(d, i, s1) {
		return hit{}, false
	}
	// "a neighbor who asked not to be named said": a request for
	// anonymity reports nothing (anonymityWish).
	if x.anonymityWish(c, i, s1) {
		return hit{}, false
	}
	if c.lemma == "read" && !(i+1 < s1 && (d.toks[i+1].text == ":" || d.toks[i+1].kind == qmark) || i > s0 && x.boundaryBefore(i-1) || x.afterQuote(i, s0)) {
		return hit{}, false
	}
	if i > s0 {
		prev := &d.toks[i-1]
		// "the report", "his call", "a claim": a noun, not a cue.
		contraction := prev.lower == "'s" && i >= 2 && d.toks[i-2].is("he", "she", "it", "that", "there", "who", "what")
		// "Both think", "; one suggested": a determiner standing alone at
		// the clause start is the subject.
		alone := prev.in(inStandalone) && (i-1 == s0 || d.toks[i-2].kind == punct && d.inq[i-2] < 0) || x.floating(i-1, s0) || x.quantitySubject(i-1, s0) || x.countOf(i-1, s0) || x.countAlone(i-1, s0)
		if prev.in(inDeterminers) && prev.lower != "that" && !alone || prev.lower == "'s" && !contraction {
			return hit{}, false
		}
		// "a 2014 estimate", "their 2015 report": a year in digits between
		// a determiner and a word that may be a noun makes it the noun.
		if i-2 >= s0 && number(prev) && prev.lower[0] >= '0' && prev.lower[0] <= '9' && nounForm(t.lower) && (d.toks[i-2].in(inDeterminers) && !d.toks[i-2].is("that") || d.toks[i-2].in(inPossessives)) {
			return hit{}, false
		}
		// Passives: "was told", "has been criticized by", "it was
		// reported that".
		if c.form == past && c.lemma != "expect" && (prev.is("is", "was", "were", "are", "be", "been", "being", "get", "got") || x.reportedAfterAdverb(c, i, s0)) {
			return hit{first: i, last: last, c: c, passive: true}, true
		}
	}
	return hit{first: i, last: last, c: c}, true
}

// trailsQuote reports whether token i is a verb in the attribution that
// follows a quotation ending in a comma, question or exclamation mark:
// right after it ("…!” beamed Hartley) or after a short subject ("…,”
// Trump reacted).
func (x *extractor) trailsQuote(i, s0 int) bool {
	d := x.d
	t := &d.toks[i]
	if t.kind != word || t.capital() || d.inq[i] >= 0 || len(t.lower) < 4 || t.in(inStopWords) || t.in(inBetween) || t.in(inTimeWords) {
		return false
	}
	if !(strings.HasSuffix(t.lower, "ed") || strings.HasSuffix(t.lower, "s") && !strings.HasSuffix(t.lower, "ss") && !strings.HasSuffix(t.lower, "'s")) {
		return false
	}
	// "“…,” the union leaders said": a plural noun right before a verb
	// of saying heads the subject; it is not the verb.
	if n := i + 1; n < len(d.toks) && d.inq[n] < 0 && (isSayForm(d.toks[n].lower) || d.toks[n].in(inQuoteVerbs)) {
		return false
	}
	if x.nounAfterArticle(i) {
		return false
	}
	return x.afterQuote(i, s0)
}

// afterQuote reports whether token i follows a quotation ending in a
// comma, question or exclamation mark, directly ("…!” beamed") or after
// a short subject ("…,” the editorial read).
func (x *extractor) afterQuote(i, s0 int) bool {
	d := x.d
	k := i - 1
	for k > s0 && i-k <= 6 && x.npToken(k) && d.toks[k].kind == word {
		k--
	}
	if k == i-1 && k >= s0 && d.toks[k].kind == qmark {
		return x.quoteEnds(k) && i+1 < len(d.toks) && x.npToken(i+1)
	}
	return k < i-1 && k >= s0 && x.quoteEnds(k) && d.toks[k].kind == qmark && (d.toks[k+1].capital() || d.toks[k+1].in(inSubjectPronouns) || d.toks[k+1].is("the", "a", "an", "one", "another"))
}

// boundaryBefore reports whether the token at i ends a stretch of content
// that a following attribution may take: a comma, or a closing quote
// mark after a comma, question mark or exclamation mark.
func (x *extractor) boundaryBefore(i int) bool {
	d := x.d
	t := &d.toks[i]
	if t.kind == punct && (t.text == "," || isDashToken(d.toks, i)) {
		return true
	}
	if t.kind == qmark && d.inq[i] >= 0 && d.regions[d.inq[i]].last == i {
		return true
	}
	return false
}

// frame reads the attribution cue h governs in sentence s: its speaker
// (before the cue, after an inverted one, or the clause's subject for a
// participle) and its content (the clause after the cue, or the
// quotation or clause before a parenthetical cue).
func (x *extractor) frame(h hit, s int) (attr, bool) {
	d := x.d
	s0, s1 := d.sents[s][0], d.sents[s][1]
	a := attr{src: none, cue: tspan{h.first, h.last}, sent: s, cut: -1}
	end := x.contentEnd(h.last+1, s1)
	end = x.evidenceContrastEnd(h, end, s1)
	if h.acc {
		return x.according(a, h, s0, s1)
	}
	if h.poll > 0 {
		return x.inPoll(a, h, s0, s1)
	}
	if h.passive {
		return x.passive(a, h, s0, s1)
	}
	if h.critique {
		return x.critique(a, h, s0, s1)
	}
	if h.charge {
		return x.charge(a, h, s0, s1)
	}
	if h.noun {
		return x.nominal(a, h, s0, s1)
	}
	if h.copular {
		return x.copular(a, h, s0, s1)
	}
	if src, ok := x.causee(h, s0); ok {
		a.src = src
		a.content = x.forward(h, h.last+1, end)
		a.how = "causee"
		return a, len(a.content) > 0
	}
	// Skip auxiliaries and adverbs back to the subject.
	b := h.first - 1
	// A capital inside the sentence is a name, not a modal: "which Will
	// claims".
	for b >= s0 && d.inq[b] < 0 && (d.toks[b].in(inBetween) || adverb(&d.toks[b]) || x.floating(b, s0) || degreeBeforeAdverb(d, b)) && !(b > s0 && d.toks[b].capital() && !x.titleCased(d.paraOf[b])) {
		b--
	}
	// "who in 2010 said", "Feinstein on Monday said": a time between
	// subject and verb.
	if b > s0+1 && d.toks[b-1].is("in", "on") && (number(&d.toks[b]) || d.toks[b].in(inTimeWords) && d.toks[b].capital()) && !x.countOf(b, s0) {
		b = x.adverbBeforeTime(b-2, s0)
		for b >= s0 && d.inq[b] < 0 && (d.toks[b].in(inBetween) || adverb(&d.toks[b])) && !(b > s0 && d.toks[b].capital()) {
			b--
		}
	}
	// "The two lawmakers, however, argue": a discourse adverb between
	// commas. After an appositive ("Cole, the mayor, however, said") the
	// comma before the adverb closes it, and stays for npBack to read.
	if b-2 > s0 && d.toks[b].text == "," && d.toks[b-2].text == "," && d.inq[b] < 0 && d.toks[b-1].is("however", "though", "meanwhile", "too", "also", "instead", "nonetheless", "nevertheless", "moreover", "meantime", "likewise", "similarly") {
		b -= 2
		if _, ok := x.npBack(b, s0); !ok {
			b--
		}
	} else if n := x.discoursePhraseBefore(b, s0); n > 0 && h.c.class == say {
		// "The bakers who lost the contest, for example, said": the
		// same with a discourse phrase of two or three words before a verb
		// of saying (a clause of another verb may run on past the comma).
		b -= n + 1
		if _, ok := x.npBack(b, s0); !ok {
			b--
		}
	}
	if h.c.form == gerund {
		b = x.occasionBeforeParticiple(b, s0)
	}
	// "Lee later Thursday told", "Lee (D-Ohio) last week said": a time
	// phrase between subject and verb.
	if t := x.skipTime(b, s0); t != b && h.c.form != gerund {
		b = t
		for b >= s0 && d.inq[b] < 0 && (d.toks[b].in(inBetween) || adverb(&d.toks[b])) && !(b > s0 && d.toks[b].capital()) {
			b--
		}
	}
	// "Cruz seemed to mock", "tried to explain": the subject of the
	// raising verb is the speaker.
	// "went on to say": the same.
	// "found ways to paint herself as": the same (raisingVerbBefore).
	if r := x.raisingVerbBefore(b, s0); h.c.form == base && r >= 0 {
		b = r - 1
		for b >= s0 && d.inq[b] < 0 && (d.toks[b].in(inBetween) || adverb(&d.toks[b])) {
			b--
		}
		h.c.form = past // agreement was checked on the raising verb
	}
	// "The mayor kept criticizing", "began calling for": the subject of
	// the verb of phase is the speaker.
	if h.c.form == gerund && b > s0 && b == h.first-1 && d.inq[b] < 0 && gerundPhaseVerbs[d.toks[b].lower] {
		b--
		for b >= s0 && d.inq[b] < 0 && (d.toks[b].in(inBetween) || adverb(&d.toks[b])) {
			b--
		}
		h.c.form = past // agreement was checked on the verb of phase
	}
	// Progressive cues: "is denouncing", "were saying".
	progressive := x.progressiveCue(h, s0)
	// "The speech is expected to focus on …": no source; the content is
	// the subject and what is expected of it.
	// So are "X seemed to …" and "X appeared poised to …": the
	// impression has no speaker.
	raising := h.c.lemma == "expect" && h.c.form == past && h.first > s0 && d.toks[h.first-1].is("is", "are", "was", "were", "widely", "also", "now", "not", "generally") && h.last+1 < s1 && d.toks[h.last+1].is("to") ||
		(h.c.lemma == "seem" || h.c.lemma == "appear") && h.c.form != gerund && h.first > s0 && !x.toCue(h.last+1, s1)
	if raising {
		k := h.first - 1
		for k > s0 && (d.toks[k].is("widely", "also", "now", "is", "are", "was", "were", "not", "generally", "still", "would", "may", "might", "could", "did", "does", "do", "n't", "didn't", "doesn't", "don't", "sometimes", "already", "often") || adverb(&d.toks[k])) {
			k--
		}
		var parts []tspan
		if subj, ok := x.npBack(k, s0); ok {
			parts = append(parts, subj)
		}
		if end := x.contentEnd(h.last+1, s1); end > h.last+1 {
			parts = append(parts, tspan{h.last + 1, end - 1})
		}
		a.content = parts
		a.cue = tspan{h.first, h.last}
		a.how = "raising"
		return a, len(parts) > 0
	}
	// "When asked whether …, Smith said": the question has no speaker.
	// "Asked at a briefing Monday about …": a short trailer may come
	// first.
	q0 := h.last + 1
	// "Asked by Lee whether …": the one who asks is the agent.
	asker := none
	if h.c.lemma == "ask" && q0+1 < s1 && d.toks[q0].is("by") {
		if f, g, ok := x.npForward(q0+1, s1); ok {
			asker = tspan{f, g}
		}
	}
	if h.c.lemma == "ask" && q0 < s1 && !d.toks[q0].is("if", "whether", "what", "which", "whom", "about", "how", "why", "who", "when", "where", "to") && (d.toks[q0].in(inPrepositions) || d.toks[q0].in(inTimeWords) || adverb(&d.toks[q0])) {
		for k := q0; k < s1 && k < q0+10 && d.inq[k] < 0 && d.toks[k].kind == word; k++ {
			if d.toks[k].is("if", "whether", "what", "which", "whom", "about", "how", "why", "who") || asker.ok() && k > asker.last && d.toks[k].is("to") {
				q0 = k
				break
			}
		}
	}
	if h.c.lemma == "ask" && h.c.form == past && (h.first == s0 || d.toks[h.first-1].is("when", "after", "while", "if", "once", "as", "before") || d.toks[h.first-1].text == ",") && q0 < s1 && d.toks[q0].is("if", "whether", "what", "which", "whom", "about", "how", "why", "who", "when", "where", "to") {
		if asker.ok() && asker.last < q0 {
			a.src = asker
		}
		k := q0
		for k < s1 && !(d.toks[k].text == "," && d.inq[k] < 0) {
			// A title that ends on the clause's comma: `on "CBS This
			// Morning," Sanders said`.
			if q := d.inq[k]; q >= 0 && d.regions[q].last == k && d.toks[k-1].text == "," && x.title(q) {
				k--
				break
			}
			// `Asked whether the mayor “has the judgment to lead,” most
			// voters said yes`: a quotation's own closing comma ends the
			// question too, and the quotation is part of it.
			if q := d.inq[k]; q >= 0 && d.regions[q].last == k && d.regions[q].close && d.toks[k-1].text == "," {
				k++
				break
			}
			k++
		}
		// "… when asked by a reporter whether it would." ends with the
		// sentence: its full stop is no part of the question.
		if k > q0+1 && k == s1 && d.inq[k-1] < 0 && d.toks[k-1].is(".", "?", "!") {
			k--
		}
		if k > q0 {
			a.content = []tspan{{q0, k - 1}}
			if d.toks[q0].is("if", "whether", "what", "how", "why", "who", "when", "where", "to") && q0+1 <= k-1 {
				a.content = []tspan{{q0 + 1, k - 1}}
			}
			a.how = "askedQuestion"
			return a, true
		}
	}
	// Participial cues: ", saying ...", ", adding that ...".
	if h.c.form == gerund && !progressive && backers[h.c.lemma] && b >= s0 && b == h.first-1 && d.toks[b].kind == word && !d.toks[b].in(inStopWords) && !d.toks[b].in(inBetween) && !x.gerundNoun(h, b) {
		// "super PACs supporting Kasich": the noun before is the source.
		if src, ok := x.npBack(b, s0); ok {
			a.src = x.backerHead(src, b, s0)
			if f, g, ok := x.npForward(h.last+1, s1); ok {
				a.content = []tspan{{f, g}}
			}
			a.how = "backer"
			return a, len(a.content) > 0
		}
	}
	if h.c.form == gerund && !progressive && b == h.first-1 && b > s0 && d.toks[b].capital() {
		// "footage of Hillary Clinton asking, “…”": the name after "of".
		f := b
		for f > s0 && d.toks[f-1].capital() && d.toks[f-1].kind == word {
			f--
		}
		if f > s0 && d.toks[f-1].is("of") {
			a.src = tspan{f, b}
			a.content = x.forward(h, h.last+1, end)
			a.how = "ofName"
			return a, len(a.content) > 0
		}
	}
	// "with Cruz recently promising": adverbs may come between.
	adverbsOnly := true
	for k := b + 1; k < h.first; k++ {
		adverbsOnly = adverbsOnly && adverb(&d.toks[k])
	}
	if h.c.form == gerund && !progressive && adverbsOnly && b > s0 && x.npToken(b) {
		// "with Sanders emphasizing the state's importance"
		if src, ok := x.npBack(b, s0); ok && src.first > s0 && d.toks[src.first-1].is("with", "without") {
			a.src = src
			a.content = x.forward(h, h.last+1, end)
			a.how = "withName"
			return a, len(a.content) > 0
		}
		// npBack takes no phrase after a preposition: "with Councilman
		// Lee telling reporters …", "with one of their mailers asking".
		f := b
		for f > s0 && b-f < 8 && (x.npToken(f-1) || d.toks[f-1].is("her", "his", "their", "its", "our")) || f-1 > s0 && d.toks[f-1].is("of") && (x.npToken(f-2) || d.toks[f-2].is("her", "his", "their", "its", "our")) && b-f < 8 {
			f--
		}
		if f > s0 && d.toks[f-1].is("with", "without") && f < b || f > s0 && d.toks[f-1].is("with", "without") && x.named(tspan{f, b}) {
			a.src = tspan{f, b}
			a.content = x.forward(h, h.last+1, end)
			a.how = "withName"
			return a, len(a.content) > 0
		}
	}
	if !progressive {
		if a, ok := x.evidenceParticiple(a, h, b, s0, end); ok {
			return a, true
		}
	}
	if h.c.form == gerund && !progressive && h.c.class == say && b == h.first-1 && b > s0 && d.toks[b].kind == word && d.inq[b] < 0 && !d.toks[b].in(inStopWords) && !d.toks[b].in(inBetween) && !x.gerundNoun(h, b) {
		if documents[d.toks[b].lower] || d.toks[b].in(inTimeWords) {
			// "released a statement Wednesday saying": the statement's
			// author speaks, not a relative clause's speaker before it
			// ("Lee, who said …, issued a statement saying").
			a.src = x.subjectOf(s, h.first, true)
			if doc := x.unauthoredDocument(b, s0); doc.ok() {
				a.src = doc
			}
			a.content = x.forward(h, h.last+1, x.beforeClause(h.last+1, end))
			a.how = "document"
			return a, len(a.content) > 0
		}
	}
	if h.c.form == gerund && !progressive && (b < s0 || b == s0 && participleOpeners[d.toks[b].lower] || x.frontedAfterConj(b, s0) || x.frontedAfterTime(b, s0)) {
		// A fronted participle: "Conceding that …, he warned",
		// "After suggesting on Wednesday that …, Mr. Rubio said". Its
		// subject is the main clause's, after the comma.
		k := h.last + 1
		for k < s1 && !(d.toks[k].text == "," && d.inq[k] < 0) {
			if q := d.inq[k]; q >= 0 {
				k = d.regions[q].last
				// `Praising her “quiet courage,” Lee said`: the comma
				// inside the closing mark ends the phrase too.
				if d.toks[k].kind == qmark && d.toks[k-1].text == "," {
					break
				}
			}
			k++
		}
		if k+1 >= s1 {
			return attr{}, false
		}
		// "After thanking the crowd, which chanted his name, he said": a
		// relative clause before the subject is stepped over.
		m := k
		for n := 0; n < 3 && m+1 < s1 && d.toks[m+1].is("which", "who"); n++ {
			m++
			for m < s1 && !(d.toks[m].text == "," && d.inq[m] < 0) {
				if q := d.inq[m]; q >= 0 {
					m = d.regions[q].last
				}
				m++
			}
		}
		m = x.skipLinkingAdverb(m, s1)
		if m+1 < s1 {
			if f, g, ok := x.npForward(m+1, s1); ok && g+1 < s1 && (finiteVerb(&d.toks[g+1]) || d.toks[g+1].in(inBetween) || x.verbAfterAside(g+1, s1) >= 0) {
				a.src = tspan{f, g}
			}
		}
		a.content = x.forward(h, h.last+1, k)
		a.how = "fronted"
		return a, len(a.content) > 0
	}
	if h.c.form == gerund && !progressive {
		// `…," adding` and `…,” noting that`: a closing mark after a
		// comma stands for the comma.
		commaQuote := b > s0 && d.toks[b].kind == qmark && d.inq[b] >= 0 && d.regions[d.inq[b]].last == b && d.toks[b-1].text == ","
		butAlso := x.butParticiple(b, s0)
		if b < s0 || !(d.toks[b].text == "," || commaQuote || isDashToken(d.toks, b) || d.toks[b].is("and", "while", "before", "after", "by") || butAlso) {
			return attr{}, false
		}
		a.src = x.subjectOf(s, h.first, !d.toks[b].is("and", "while", "before", "after", "by") && !butAlso)
		// "Lee has rallied voters by promising", "… Lee won the vote
		// after promising": the participle's subject is that of the verb
		// it qualifies, not a statement's earlier in the sentence.
		if d.toks[b].is("by", "while", "before", "after") {
			if near := x.coordinateSubject(s0, b); near.ok() {
				a.src = near
			}
		}
		if near := x.nearerSubject(s0, b); near.ok() {
			a.src = near
		}
		if near := x.coordinatedParticipleSubject(s0, b); near.ok() {
			a.src = near
		}
		a.content = x.forward(h, h.last+1, x.attackEnd(h, h.last+1, x.beforeClause(h.last+1, end)))
		a.how = "participle"
		return a, len(a.content) > 0
	}
	if h.c.class == say && (h.c.form != base || h.c.lemma == "say") && b >= s0 && x.boundaryBefore(b) && b > s0 && (d.toks[b].kind == qmark || d.toks[b-1].kind == qmark || !x.appositiveBefore(b, s0)) {
		// Inverted: "…," said Smith. Not "said of the swirl": a
		// preposition opens no speaker.
		// Nor "Lee, citing “…,” said the plan could fail": a noun
		// phrase and an auxiliary after the cue are the said clause.
		if f, g, ok := x.npForward(h.last+1, s1); ok && !d.toks[f].in(inPrepositions) && !(g+1 < s1 && d.inq[g+1] < 0 && d.toks[g+1].in(inAuxiliaries) && !d.toks[g+1].capital()) {
			g = x.coordinatedSpeakerEnd(g, s1)
			rest := x.skipTrailer(g+1, s1)
			// "…, said a person who asked that her name be withheld.": a relative
			// clause qualifies the speaker, as a trailer does.
			if x.quoteEnds(b) || g+1 < s1 && d.toks[g+1].is("who") && d.inq[g+1] < 0 {
				rest = x.nextComma(g+1, s1)
			}
			if rest >= s1 || rest >= 0 && (x.endsTrailer(rest) || isDashToken(d.toks, rest) && x.dashAside(rest, s1) >= 0) {
				a.src = tspan{f, g}
				a.cut = b
				a.content = x.before(s0, b)
				if more := x.resumed(rest, s1, a.content, true); len(more) > 0 {
					a.content = append(x.dashClauseOnly(a.content), more...)
				}
				a.how = "inverted"
				return a, len(a.content) > 0
			}
		}
	}
	if b < s0 && h.c.class == say && (h.c.form == past || h.c.form == third) {
		// "Said Comey, “…”", "Continued Stone: …": inverted at the
		// sentence start.
		if f, g, ok := x.npForward(h.last+1, s1); ok && g+1 < s1 && (d.toks[g+1].text == "," || d.toks[g+1].text == ":") && x.named(tspan{f, g}) && !d.toks[f].in(inPrepositions) {
			a.src = tspan{f, g}
			a.content = x.after(g+2, s1)
			a.open = len(a.content) == 0 && d.toks[g+1].text == ":"
			a.how = "initialInverted"
			return a, len(a.content) > 0 || a.open
		}
	}
	if b < s0 {
		return attr{}, false
	}
	// A verb in a list of the same subject's: "rejected both objections,
	// ruled Cruz eligible and ordered …". The earlier verb's content
	// stops at the comma.
	if d.toks[b].text == "," && d.inq[b] < 0 && (h.c.form == past || h.c.form == third) && h.last+1 < s1 && !d.toks[h.last+1].is("by", "as", ",") {
		for i := len(x.cur) - 1; i >= 0; i-- {
			p := &x.cur[i]
			if p.cue.last >= b || !p.src.ok() || p.cut >= 0 || len(p.content) == 0 || p.content[len(p.content)-1].last < b {
				continue
			}
			pc := cueAtForm(d, p.cue.first)
			if pc != h.c.form || x.commaBetween(p.cue.last, b) {
				// "Police said Ann Cole, 34, told officers …": a comma
				// before this one sets off an appositive of a new
				// subject, not the previous item of a list.
				break
			}
			a.src = p.src
			// "Lee, a Democrat who has refused to …, said": the comma
			// closes the aside of the name, whose verb this is.
			if op, c := x.asideOpener(b, s0); op.ok() && c < p.src.first {
				a.src = op
			}
			a.cut = b
			a.content = x.forward(h, h.last+1, end)
			a.how = "list"
			return a, len(a.content) > 0
		}
	}
	// A second verb of the same subject: "called it X but said ...".
	if d.toks[b].is("and", "but") && b > s0 && (d.inq[b-1] < 0 || d.regions[d.inq[b-1]].last == b-1) {
		// Of the governing clause: "said it expected …, but warned" is
		// the company's warning, not "it"'s.
		a.src = x.subjectOf(s, h.first, true)
		if near := x.coordinateSubject(s0, b); near.ok() {
			a.src = near
		}
		if !a.src.ok() {
			return attr{}, false
		}
		a.content = x.forward(h, h.last+1, end)
		a.how = "second"
		return a, len(a.content) > 0
	}
	// "A woman who lives next door said": the subject stands before the
	// relative clause.
	rel := x.relativeSubject(b, s0)
	agrees := x.verbAgrees(h, b) || rel.ok() && x.verbAgrees(h, rel.last)
	var src tspan
	ok := false
	if rel.ok() && agrees {
		src, ok = rel, true
	} else if agrees {
		src, ok = x.npBack(b, s0)
		// `Ortiz, who calls the mayor a “menace,” said`: the comma
		// closing the aside is inside the quotation.
		if !ok && b > s0+1 && d.toks[b].kind == qmark && d.toks[b-1].text == "," && d.inq[b] >= 0 && x.scare(d.inq[b]) {
			src, ok = x.npBack(b-1, s0)
		}
	}
	if !ok && h.c.class == say && h.c.form != gerund && !ambiguous[h.c.lemma] && !(h.last+1 < s1 && d.toks[h.last+1].text == "," && !x.introducesQuote(h.last+1, s1)) {
		// A long subject ("Most of the voters in three towns heading
		// to the polls say"): its head opens the clause. It may run up
		// to the cue, whole ("A spokesman for the union at the plant
		// said"), where npBack stopped at its second phrase.
		if m := x.mainSubject(s, h.first); m.ok() && m.last <= b && b-m.first <= 16 && !x.commaBetween(m.last, h.first) && (agrees || h.c.form == base && plural(&d.toks[m.last])) {
			src, ok = m, true
		}
	}
	if !ok {
		src, ok = x.evidenceSubject(h, b, s0)
	}
	// "Two in five agreed", "Well under half, 38 percent, say": a
	// poll's share is the subject, whole.
	if sh, ok2 := x.shareSubject(h, b, s0); ok2 && (!ok || sh.first < src.first && sh.last >= src.last) {
		src, ok = sh, true
	}
	// "said the rent was too high and 22 percent said", "backed the
	// plan and 30 percent opposed it": a subject that does not open a
	// clause ends with a share that does.
	if ok && h.c.form != gerund && !x.opensShare(src.first, s0) {
		if sh, ok2 := x.shareBefore(b, s0); ok2 && sh.first > src.first && sh.last == src.last {
			src = sh
		}
	}
	// "Managers at the cannery, whose owners live abroad, say": an
	// aside npBack cannot step over stands between subject and verb.
	if !ok {
		src, ok = x.asideSubject(h, b, s0)
	}
	// "Lee, Cole and Park said": the whole list speaks, not its last
	// items.
	if ls, ok2 := x.listSubject(h, b, s0); ok2 && (!ok || src.first > ls.first && src.last == ls.last) {
		src, ok = ls, true
	}
	if !ok {
		return attr{}, false
	}
	// "The agency withheld a memo that would have revealed": the
	// relative pronoun speaks, not the subject further back.
	if r := x.relativeThat(h, s0); r >= 0 && src.last < r && h.c.form != gerund {
		src = tspan{r, r}
	}
	if x.occasionAfterConj(src, s0) {
		if sub := x.subjectOf(s, h.first, true); sub.ok() && sub.last < src.first {
			src = sub
		}
	}
	pre := src.first - 1
	// "said “the ferry cuts make no sense …”": a quotation right
	// after the cue is its object.
	introduces := x.introducesQuote(h.last+1, s1) || h.last+1 < s1 && x.opensSpeech(h.last+1)
	// After a quotation ("…,” the company tweeted.), before one or before
	// "that", an ambiguous word is the verb.
	verbal := introduces || pre > s0 && x.quoteEnds(pre) || h.last+1 < s1 && d.toks[h.last+1].is("that") || h.c.lemma == "call" && x.callsQuoted(h.last+1, s1)
	// Past forms are verbs, except participles that name or qualify a
	// noun ("a group called X", "pledged delegates").
	if ambiguous[h.c.lemma] && (h.c.form != past || h.c.lemma == "call" || h.c.lemma == "pledge" || h.c.lemma == "cheer") && !verbal && !x.namedOrPronoun(src) && !(h.c.form == base && (plural(&d.toks[src.last]) || surveyed[d.toks[src.last].lower])) && !x.isEvidence(h, src.last) {
		return attr{}, false
	}
	a.src = src
	if x.passiveAfter(h, src.last+1) {
		a.src = x.agent(h, s1)
	} else if sp := x.lightVerbSubject(src, s0); sp.ok() {
		a.src = sp
	}
	// "As the local paper noted, Lee raised …": the
	// clause after the comma is what was noted; so it is after a
	// coordinator ("But as the mayor noted, …", "…, and as Lee noted,").
	if h.c.class == say && src.first > s0 && d.toks[src.first-1].is("as") && x.opensAsClause(src.first-1, s0) {
		if r := x.skipTrailer(h.last+1, s1); r >= 0 && r < s1 && d.toks[r].text == "," {
			a.content = x.after(r+1, s1)
			a.how = "asNoted"
			return a, len(a.content) > 0
		}
	}
	// A cue that introduces a quotation after a comma governs it, unless
	// the sentence opened with a quotation that this one resumes
	// ("“If …” by the U.S., Clinton said on Monday, “we would …”").
	aside := (h.c.class == say || x.beliefAside(h, s1)) && pre > s0 && x.boundaryBefore(pre)
	content := aside && (x.hasContent(s0, pre) || x.subjectResumes(s0, pre, h.last+1, s1))
	opening := aside && !content && x.openingPhraseBeforeAside(s0, pre, h.last+1, s1)
	if (content || opening) && !(introduces && !x.quoteEnds(pre) && d.inq[s0] < 0) && !d.toks[src.first].is("who", "which") && !x.answers(pre) && !x.reportingClause(s0, pre) {
		rest := x.skipTrailer(h.last+1, s1)
		if rest < 0 {
			rest = x.trailerThenClause(h, s1)
		}
		if x.quoteEnds(pre) && !(h.last+1 < s1 && (d.toks[h.last+1].text == ":" || d.toks[h.last+1].is("that"))) {
			// After a quotation the cue is parenthetical whatever follows
			// it ("…,” Lee said to a radio host.).
			rest = x.nextComma(h.last+1, s1)
		}
		if rest >= s1 || rest >= 0 && (x.endsTrailer(rest) || d.toks[rest].text == ";" || isDashToken(d.toks, rest) && x.dashAside(rest, s1) >= 0) {
			before := x.before(s0, pre)
			more := x.resumed(rest, s1, before, false)
			// An opening phrase is content only with the clause it
			// opens.
			if len(more) > 0 || !opening {
				a.cut = pre
				a.content = before
				if len(more) > 0 {
					a.content = append(x.dashClauseOnly(before), more...)
				}
				a.how = "parenthetical"
				return a, len(a.content) > 0
			}
		}
	}
	if h.c.lemma == "continue" && !(h.last+1 < s1 && (d.toks[h.last+1].text == ":" || d.toks[h.last+1].text == "," && h.last+2 < s1 && d.toks[h.last+2].kind == qmark)) {
		return attr{}, false
	}
	if src.first == src.last && d.toks[src.first].is("who", "which") && src.first > s0 && (d.toks[src.first-1].text == "," || isDashToken(d.toks, src.first-1)) {
		// A non-restrictive relative clause ("Harman, who endorsed the
		// plan, called it …") ends at its comma.
		for k := h.last + 1; k < end; k++ {
			if q := d.inq[k]; q >= 0 {
				k = d.regions[q].last
				if d.toks[k-1].text == "," && k+1 < end {
					end = k + 1 // `who calls the mayor a “menace,” said`
					break
				}
				continue
			}
			if d.toks[k].text == "," || isDashToken(d.toks, k) {
				end = k
				break
			}
		}
	}
	a.content = x.forward(h, h.last+1, end)
	if len(a.content) == 0 && h.last+1 < s1 && d.toks[h.last+1].text == ":" {
		a.open = true // "Jared Potts echoed:" and the next paragraph
		a.how = "colonOpen"
		return a, true
	}
	if len(a.content) == 0 && h.c.class == say && x.endsParagraphWithColon(h.last+1, s1) {
		a.open = true
		a.how = "paragraphOpen"
		return a, true
	}
	// "Sam Lau said in a statement. “There are no ballots …”": the
	// quotation in the next sentence is what was said, not the trailer.
	// Not for a relative clause's cue ("…," said Ann Lee, who wrote
	// about it in her book. "…"): the quotation goes on with Ann Lee's.
	// Nor for a cue inside what another cue of the sentence governs
	// ("…," Lee said, referring to photos that she showed to the press.
	// "…"): the quotation goes on with Lee's.
	if trailerOnly := len(a.content) == 0 || len(a.content) == 1 && a.content[0].first == h.last+1 && x.skipTrailer(h.last+1, s1) > a.content[0].last; trailerOnly && h.c.class == say && !(a.src.ok() && a.src.first == a.src.last && d.toks[a.src.first].is("who", "which", "that")) && !x.governed(h.first) {
		// Only a quotation that is its whole sentence: one with its own
		// cue ("“…,” Y said.") is Y's.
		if t := x.skipTrailer(h.last+1, s1); (t >= s1 || t >= 0 && d.toks[t].text == ".") && s1 < len(d.toks) && d.paraOf[s1] == d.paraOf[h.first] && x.opensSpeech(s1) && d.regions[d.inq[s1]].last >= d.sents[d.sentOf[s1]][1]-2 {
			a.content = []tspan{{s1, d.regions[d.inq[s1]].last}}
		}
	}
	a.how = "forward"
	return a, len(a.content) > 0
}

// beliefAside reports a verb of belief standing alone after the clause it
// holds true, as a say verb does ("The plan will fail, they believe.",
// "…, his aides think, and …"): nothing follows it but the sentence's end,
// a comma or a dash. Not the verbs of knowing, feeling and seeing, whose
// asides are fillers ("you know", "I see").
func (x *extractor) beliefAside(h hit, s1 int) bool {
	d := x.d
	if !clauseTaking[h.c.lemma] || h.c.lemma == "know" || h.c.lemma == "see" || h.c.lemma == "feel" || h.c.lemma == "wish" || h.first != h.last || h.c.form == gerund {
		return false
	}
	n := h.last + 1
	if n+1 < s1 && d.toks[n+1].is("that") {
		return false // "a sign, some believe, that …": the clause follows
	}
	return n >= s1 || d.toks[n].text == "." || d.toks[n].text == "," || isDashToken(d.toks, n)
}

// answers reports whether the sentence opens with a question put to the
// subject ("Asked whether …, 60 percent said yes") that ends at token
// pre: what the subject says after it answers the question, it does not
// say the question.
func (x *extractor) answers(pre int) bool {
	for i := range x.cur {
		if a := &x.cur[i]; a.how == "askedQuestion" && a.cue.first < pre && len(a.content) > 0 && a.content[len(a.content)-1].last >= pre-1 {
			return true
		}
	}
	return false
}

// governed reports whether token k lies in the content of a cue found
// earlier in the sentence being read.
func (x *extractor) governed(k int) bool {
	for _, a := range x.cur {
		for _, c := range a.content {
			if c.first <= k && k <= c.last {
				return true
			}
		}
	}
	return false
}

// introducesQuote reports whether a cue ending before i introduces a
// quotation: a comma or colon then an opening mark, right after the cue
// or after a short trailer ("said of the episode, “…”").
func (x *extractor) introducesQuote(i, s1 int) bool {
	d := x.d
	k := i
	if k < s1 && d.toks[k].text != "," && d.toks[k].text != ":" {
		k = x.skipTrailer(i, s1)
	}
	if k < 0 || k+1 >= s1 || !(d.toks[k].text == "," || d.toks[k].text == ":") || x.namedWork(k) {
		return false
	}
	q := d.inq[k+1]
	return d.toks[k+1].kind == qmark && q >= 0 && d.regions[q].first == k+1
}

// documents are things that carry a statement for whoever issued them:
// "released a statement saying".
var documents = set("statement", "statements", "letter", "memo", "email", "e-mail", "emails", "tweet",
	"tweets", "message", "messages", "post", "note", "release", "video", "ad", "ads", "advertisement",
	"op-ed", "column", "editorial", "text", "petition", "sign", "signs", "banner", "report", "filing",
	"motion", "complaint", "lawsuit", "suit", "order", "memorandum", "notice", "response", "reply",
	"speech", "remarks", "interview", "appearance", "call", "calls", "ruling", "opinion", "essay")

// beforeClause returns where a participle's content ends when a main
// clause follows it after a comma ("in the release announcing his role,
// Manafort described …"): at that comma; end otherwise.
func (x *extractor) beforeClause(i, end int) int {
	d := x.d
	for k := i; k+2 < end; k++ {
		if q := d.inq[k]; q >= 0 {
			k = d.regions[q].last
			continue
		}
		if d.toks[k].text != "," || !d.toks[k+1].capital() {
			continue
		}
		if _, g, ok := x.npForward(k+1, end); ok && g+1 < end && (finiteVerb(&d.toks[g+1]) || d.toks[g+1].in(inBetween)) && !d.toks[g+1].capital() {
			return k
		}
	}
	return end
}

// commaBetween reports whether a comma outside quotations lies between
// tokens i and j.
func (x *extractor) commaBetween(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if x.d.toks[k].text == "," && x.d.inq[k] < 0 {
			return true
		}
	}
	return false
}

// plural reports whether a noun looks plural ("polls", "records").
func plural(t *token) bool {
	return t.kind == word && len(t.lower) > 3 && strings.HasSuffix(t.lower, "s") && !strings.HasSuffix(t.lower, "ss") && !strings.HasSuffix(t.lower, "'s")
}

// infinitiveVerb reports whether t, after "to", reads as the verb of an
// infinitive ("to expand its navy", "to wait") rather than the head of a
// phrase ("to reporters", "to the crowd").
func infinitiveVerb(t *token) bool {
	return t.kind == word && !t.capital() && !t.in(inDeterminers) && !t.in(inStopWords) && !plural(t)
}

// raisingVerbBefore returns the first token of a verb whose subject
// speaks through the infinitive after the "to" at b ("seemed to mock",
// "tried to explain", "went on to say", "found ways to paint herself
// as"), or -1 when b is no such "to". The verb stands after s0.
func (x *extractor) raisingVerbBefore(b, s0 int) int {
	d := x.d
	if b <= s0 || !d.toks[b].is("to") {
		return -1
	}
	if b > s0+1 && d.toks[b-1].is("on") && d.toks[b-2].is("went", "goes", "go", "going", "gone") {
		return b - 2
	}
	if raisers[d.toks[b-1].lower] {
		return b - 1
	}
	if f := x.findWayBefore(b, s0); f > s0 {
		return f
	}
	return -1
}

// raisers take an infinitive whose subject is theirs: "seemed to mock".
var raisers = setPlus(phaseVerbs, "seem", "seems", "seemed", "appear", "appears", "appeared", "try", "tries", "tried",
	"attempt", "attempted", "tend", "tends", "tended", "used", "sought", "trying", "attempting", "struggling", "seek", "seeks", "went", "goes", "go", "going", "gone")

// toCue reports whether "to" and a cue verb start at i: "seemed to mock".
func (x *extractor) toCue(i, s1 int) bool {
	d := x.d
	if i+1 >= s1 || !d.toks[i].is("to") {
		return false
	}
	c, ok := d.toks[i+1].listed()
	return ok && c.form == base
}

// appositiveBefore reports whether the comma at b closes an appositive
// after a name ("McConnell, R-Ky., said").
func (x *extractor) appositiveBefore(b, s0 int) bool {
	sp, ok := x.npBack(b, s0)
	if ok && x.named(sp) {
		return true
	}
	// "the mayor, Ann Lee,": the name in the commas.
	if ok && sp.last+2 < b && x.d.toks[sp.last+1].text == "," {
		if f, g, ok2 := x.npForward(sp.last+2, b); ok2 && g == b-1 && x.named(tspan{f, g}) {
			return true
		}
	}
	// "a city official, who asked not to be named, told":
	// a relative clause in commas.
	d := x.d
	for k := b - 1; k > s0 && k > b-25; k-- {
		if d.inq[k] >= 0 || d.toks[k].text == "." {
			break
		}
		if d.toks[k].text == "," {
			return k+1 < b && d.toks[k+1].is("who", "which") && k-1 >= s0 && d.toks[k-1].kind == word && d.inq[k-1] < 0
		}
	}
	return false
}

// quoteEnds reports whether the token at b ends a quotation that stops
// on a comma, question or exclamation mark: `…,”` or `…”,`.
func (x *extractor) quoteEnds(b int) bool {
	d := x.d
	if b < 1 {
		return false
	}
	if d.toks[b].kind == qmark && d.inq[b] >= 0 && d.regions[d.inq[b]].last == b {
		q := d.inq[b]
		p := d.toks[b-1].text
		if (p == "," || p == "?" || p == "!" || p == "—" || p == "-" || p == ".") && !x.title(q) && !x.scare(q) {
			return true
		}
		return d.speechLike(q) && d.regions[q].first == d.sents[d.sentOf[b]][0]
	}
	if d.toks[b].text == "," && d.toks[b-1].kind == qmark && d.inq[b-1] >= 0 && d.regions[d.inq[b-1]].last == b-1 {
		return !x.title(d.inq[b-1]) && !x.scare(d.inq[b-1])
	}
	return false
}

// scare reports whether quotation q is a word or two quoted inside a
// clause ("who calls the mayor a “menace,” said"), not speech that a
// following cue reports.
func (x *extractor) scare(q int) bool {
	d := x.d
	r := &d.regions[q]
	if !r.open || r.first == 0 || d.inq[r.first-1] >= 0 {
		return false
	}
	words := 0
	for k := r.first; k <= r.last; k++ {
		if d.toks[k].kind == word {
			words++
		}
	}
	p := &d.toks[r.first-1]
	return words <= 2 && r.first > d.sents[d.sentOf[r.first]][0] && (p.in(inDeterminers) || p.kind == word && !p.capital() && !isSayForm(p.lower))
}

// title reports whether quotation q names something (a show, a book) in
// an opening phrase rather than quoting speech: a few words after a
// preposition or a possessive ("on the station’s “Morning
// Report,” Lee said").
func (x *extractor) title(q int) bool {
	d := x.d
	r := &d.regions[q]
	if r.first == 0 || !r.open {
		return false
	}
	p := &d.toks[r.first-1]
	if d.speechLike(q) {
		// A longer name in title case after a possessive or a
		// preposition: "on Tuesday’s episode of “The Evening Hour With
		// Ann Lee,” the senator said she …".
		return d.inq[r.first-1] < 0 && (p.lower == "'s" || p.in(inPrepositions)) && x.titleCase(q)
	}
	return d.inq[r.first-1] < 0 && (p.lower == "'s" || p.in(inPrepositions) || p.capital() && p.kind == word)
}

// titleCase reports whether quotation q is a short run of capitalized
// words, with only minor words in lower case.
func (x *extractor) titleCase(q int) bool {
	d := x.d
	r := &d.regions[q]
	words := 0
	for k := r.first; k <= r.last; k++ {
		t := &d.toks[k]
		if t.kind != word {
			continue
		}
		words++
		if !t.capital() && !t.is("of", "the", "a", "an", "and", "in", "on", "for", "to", "with", "at", "by", "from", "or", "'s") {
			return false
		}
	}
	return words <= 8 && d.toks[r.first+1].capital()
}

// nextComma returns the first comma outside quotations at or after i, or
// s1.
func (x *extractor) nextComma(i, s1 int) int {
	d := x.d
	for k := i; k < s1; k++ {
		if isDashToken(d.toks, k) && d.inq[k] < 0 && x.dashAside(k, s1) >= 0 {
			return k
		}
		if x.opensSpeech(k) && k == i {
			return k // `…," she said "Ultimately …"`: resumed without a comma
		}
		if q := d.inq[k]; q >= 0 {
			// A title in the trailer ("on the podcast “Over the
			// Fence.”") is passed over; a quotation after a comma is not
			// reached, the comma stops first.
			k = d.regions[q].last
			continue
		}
		if d.toks[k].text == "," || d.toks[k].text == ";" {
			return k
		}
		if c, ok := d.toks[k].listed(); ok && c.form == gerund && c.class == say && k > i {
			return k
		}
	}
	return s1
}

// opensSpeech reports whether a quotation of several words opens at k.
func (x *extractor) opensSpeech(k int) bool {
	d := x.d
	q := d.inq[k]
	return d.toks[k].kind == qmark && q >= 0 && d.regions[q].first == k && d.speechLike(q)
}

// endsTrailer reports whether the token at k closes the short stretch
// after a parenthetical cue: a comma, a full stop, or a participial cue
// ("said before adding:", "said, adding").
func (x *extractor) endsTrailer(k int) bool {
	d := x.d
	t := &d.toks[k]
	if t.text == "," || t.text == "." || t.text == "!" || t.text == "?" || x.opensSpeech(k) {
		return true
	}
	if c, ok := t.listed(); ok && c.form == gerund {
		return true
	}
	return t.is("before", "after", "while") && k+1 < len(d.toks) && d.toks[k+1].entry().form == gerund
}

// subjectResumes reports whether a short noun phrase before a cue set
// off by commas is the subject of a clause that resumes after it: "The
// plan, Lee said, would fail."
func (x *extractor) subjectResumes(s0, pre, i, s1 int) bool {
	d := x.d
	if d.toks[pre].text != "," {
		return false
	}
	if f, g, ok := x.npForward(s0, pre); !ok || f != s0 || g != pre-1 {
		return false
	}
	r := x.skipTrailer(i, s1)
	if r < 0 || r+1 >= s1 || d.toks[r].text != "," {
		return false
	}
	n := &d.toks[r+1]
	return d.inq[r+1] < 0 && !n.capital() && (n.in(inAuxiliaries) || finiteVerb(n))
}

// dashAside returns, for a dash at k opening an aside ("— his voice
// breaking —"), the quotation opening right after the closing dash, -1
// when there is none.
func (x *extractor) dashAside(k, s1 int) int {
	d := x.d
	for j := k + 1; j+1 < s1 && j < k+14; j++ {
		if d.inq[j] >= 0 {
			return -1
		}
		if isDashToken(d.toks, j) {
			if n := j + 1; d.toks[n].kind == qmark && d.inq[n] >= 0 && d.regions[d.inq[n]].first == n {
				return n
			}
			return -1
		}
	}
	return -1
}

// laterVerb reports whether a speech verb of the lexicon follows in the
// clause from i ("… accused of poisoning her husband told a jury").
func (x *extractor) laterVerb(i, s1 int) bool {
	d := x.d
	for k := i; k < s1 && k < i+15; k++ {
		if d.inq[k] >= 0 || d.toks[k].text == "," || d.toks[k].text == ";" {
			return false
		}
		if c, ok := d.toks[k].listed(); ok && c.class == say && (c.form == past || c.form == third) {
			return true
		}
	}
	return false
}

// appositiveToEnd reports whether tokens from i to the sentence's end are
// one noun phrase opened by an article ("a Greek company.").
func (x *extractor) appositiveToEnd(i, s1 int) bool {
	d := x.d
	if i >= s1 || !d.toks[i].is("a", "an", "the") {
		return false
	}
	f, g, ok := x.npForward(i, s1)
	if !ok || f != i {
		return false
	}
	e := g + 1
	for e < s1 && d.toks[e].kind == punct && d.inq[e] < 0 {
		e++
	}
	return e >= s1
}

// resumed returns the content that resumes after a parenthetical cue, from
// k (the comma ending the parenthetical) to the sentence end: a quotation
// ("…," he said, "and …"), or the rest of an interrupted clause ("The plan,
// he said, will fail"). Appositives and participles ("…, said Smith, a
// lawyer", "…, he said, adding") are not content. inverted says the
// speaker was named after the cue ("…, said Smith, …").
func (x *extractor) resumed(k, s1 int, before []tspan, inverted bool) []tspan {
	d := x.d
	if k < s1 && x.opensSpeech(k) {
		return x.after(k, s1)
	}
	// "“This team,” Ames said — his voice breaking — “is my family.”": an
	// aside between dashes, then the quotation resumes.
	if k < s1 && isDashToken(d.toks, k) {
		if n := x.dashAside(k, s1); n >= 0 {
			return x.after(n, s1)
		}
		return nil
	}
	if k >= s1 || d.toks[k].text != "," || k+1 >= s1 {
		return nil
	}
	if q := d.inq[k+1]; q >= 0 && d.regions[q].last == k+1 {
		k++ // the comma closed a title: “Here’s the Thing,” and …
		if k+1 >= s1 {
			return nil
		}
	}
	if x.namedWork(k) {
		return nil // "…, he said in his memoir, “A Long Way Home.”"
	}
	n := &d.toks[k+1]
	if n.kind == qmark && d.inq[k+1] >= 0 && d.regions[d.inq[k+1]].first == k+1 {
		return x.after(k+1, s1)
	}
	// "…,” she said, adding, “…”, "…,” he said, but added of the mayor,
	// “…”: a second verb of saying after the cue is no appositive; the
	// quotation after it is that verb's statement, not the first cue's.
	if x.secondSayVerb(k + 1) {
		return nil
	}
	// "…,” said Pantucci, director of X, “but it is …”: the quotation
	// resumes after the speaker's appositive.
	for j := k + 1; j+1 < s1; j++ {
		if d.inq[j] >= 0 {
			break
		}
		if d.toks[j].text == "," && d.toks[j+1].kind == qmark && d.inq[j+1] >= 0 && d.regions[d.inq[j+1]].first == j+1 {
			return x.after(j+1, s1)
		}
	}
	// "And the mayor, said Ann Cole, who worked for her, never forgets
	// …": a fragment's predicate resumes after the speaker's aside.
	if inverted && x.verblessSubject(before) {
		if j := x.asideThenPredicate(k, s1); j >= 0 {
			return x.after(j+1, s1)
		}
	}
	// "…, said Ann Cole, a housing expert who …": after a speaker named
	// after the cue, a noun phrase describes the speaker.
	if inverted && x.speakerAppositive(k, s1) {
		return nil
	}
	if x.quotedFragmentGoesOn(before, k+1, s1) {
		return x.after(k+1, s1)
	}
	fragment := x.fragment(before)
	if n.kind != word || n.capital() && !(fragment && x.clauseAhead(k+1, s1)) || n.in(inDeterminers) && n.lower != "that" && !(fragment && x.clauseAhead(k+1, s1)) || n.is("who", "which", "whose", "according", "as", "in", "on", "at", "for", "with", "after", "before", "when", "speaking", "citing", "referring") {
		return nil
	}
	if n.is("while") && !x.contrastingWhile(k+1, s1) {
		return nil // "…, he said, while visiting the plant": the narrator's scene
	}
	if c, ok := n.listed(); ok && (c.form == gerund || c.form == past && !fragment) {
		return nil
	}
	for _, c := range before {
		for i := c.first; i <= c.last; i++ {
			if d.inq[i] >= 0 {
				return nil
			}
		}
	}
	return x.after(k+1, s1)
}

// contrastingWhile reports whether "while" at k sets a second group
// against the statement's ("…, he said, while others did not", "while
// most stayed home"): a quantity standing as the subject of what
// follows. That contrast is part of what was said; "while" before a
// scene ("while visiting", "while he spoke") is the narrator's.
func (x *extractor) contrastingWhile(k, s1 int) bool {
	d := x.d
	g := k + 1
	return g+1 < s1 && d.inq[g] < 0 && quantitySubjects[d.toks[g].lower] && !d.toks[g].capital() && d.toks[g+1].text != ","
}

// secondSayVerb reports whether a second verb of saying opens at k, after
// a parenthetical cue and its comma: "adding", "noting", or "but added".
func (x *extractor) secondSayVerb(k int) bool {
	d := x.d
	if k >= len(d.toks) || d.inq[k] >= 0 {
		return false
	}
	if sayGerund(&d.toks[k]) {
		return true
	}
	if !d.toks[k].is("and", "but") || k+1 >= len(d.toks) || d.inq[k+1] >= 0 {
		return false
	}
	c, ok := d.toks[k+1].listed()
	return ok && !d.toks[k+1].capital() && c.class == say && c.form == past
}

// fragment reports whether the content before a parenthetical cue has
// no verb of its own ("Bob, they said, ordered …", "To win votes, aides
// said, the party must …"): the clause goes on after the cue, so what
// follows is the rest of the statement, not a new one.
func (x *extractor) fragment(before []tspan) bool {
	d := x.d
	if len(before) != 1 {
		return false
	}
	c := before[0]
	if x.subordinateClause(c) {
		return true // "After the court ruled, she said, most towns …"
	}
	for k := c.first; k <= c.last; k++ {
		// After "to" a past-looking form is an infinitive ("To hit
		// its target, the panel said, the tax must …"), no verb of the
		// fragment's own.
		infinitive := k > c.first && d.toks[k-1].is("to")
		if d.inq[k] >= 0 || finiteVerb(&d.toks[k]) && !infinitive || d.toks[k].is("who", "which", "that") {
			return false
		}
	}
	return true
}

// subordinateClause reports whether c is a fronted subordinate clause
// with a finite verb of its own ("When she reached the hall", "After the
// court ruled"): it cannot be a statement alone, the main clause it
// opens follows.
func (x *extractor) subordinateClause(c tspan) bool {
	d := x.d
	if c.last <= c.first || d.inq[c.first] >= 0 || !clauseConjunctions[d.toks[c.first].lower] || d.toks[c.first].is("as") {
		return false
	}
	for k := c.first + 1; k <= c.last; k++ {
		if d.inq[k] >= 0 || d.toks[k].text == "," {
			return false
		}
		if t := &d.toks[k]; finiteVerb(t) || t.in(inAuxiliaries) && !t.capital() {
			return true
		}
	}
	return false
}

// clauseAhead reports whether a finite verb or a modal comes from token
// k on, before the next comma: "the party must adopt …", not a trailing "the day after".
func (x *extractor) clauseAhead(k, s1 int) bool {
	d := x.d
	for j := k; j < s1 && d.toks[j].text != ","; j++ {
		if d.inq[j] < 0 && (finiteVerb(&d.toks[j]) || d.toks[j].is("must", "should", "may", "might", "shall")) {
			return true
		}
	}
	return false
}

// backers are stances that a participle gives the noun before it:
// "groups supporting Clinton", "voters opposing the deal".
var backers = set("support", "back", "oppose", "endorse", "urge", "seek", "demand", "criticize",
	"praise", "favor", "advocate", "reject", "protest", "call", "push", "challenge", "accuse",
	"attack", "blame", "condemn", "denounce", "question", "promote", "tout")

// ambiguous lemmas are as often nouns as verbs ("the claims", "a call");
// as verbs they need a named or pronoun subject.
var ambiguous = set("claim", "report", "call", "plan", "hope", "fear", "view", "question", "show",
	"note", "state", "comment", "remark", "answer", "post", "support", "back", "attack", "praise",
	"blame", "demand", "request", "vow", "pledge", "promise", "charge", "estimate", "forecast",
	"challenge", "welcome", "cheer", "label", "brand", "target", "detail", "outline", "voice",
	"credit", "doubt", "worry", "dispute", "contest", "echo", "project", "sign", "vote", "push",
	"press", "request", "insult", "rip", "email", "tweet", "reply", "respond", "express", "favor",
	"like", "love", "hate", "trust", "paint", "frame", "rule", "fault", "guarantee", "cry",
	"reason", "signal", "hint", "seem", "appear", "feel", "see", "know", "find", "face")

// verbAgrees checks that a cue word is used as a finite verb: a base form
// ("say") needs an auxiliary or a plural subject, not an adjective ("full
// support") or "to" ("wants to say": the first verb is the cue).
func (x *extractor) verbAgrees(h hit, b int) bool {
	d := x.d
	if h.c.form != base {
		return true
	}
	for k := b + 1; k < h.first; k++ {
		if d.toks[k].is("will", "would", "can", "could", "may", "might", "should", "must", "shall", "do", "did", "does", "not", "n't", "don't", "didn't", "doesn't", "won't", "wouldn't", "can't", "couldn't") {
			return true
		}
	}
	t := &d.toks[b]
	if t.is("to") {
		return false
	}
	// "Obama and Clinton call", "Ann Cole and Dan Webb say": a
	// coordinated subject of names is plural.
	if d.toks[b].capital() {
		k := b - 1
		for k > b-4 && k > 0 && d.toks[k].capital() && d.inq[k] < 0 {
			k--
		}
		if k >= 1 && d.toks[k].is("and") && d.inq[k] < 0 && d.toks[k-1].capital() {
			return true
		}
	}
	if t.is("i", "we", "they", "you", "who", "that", "which", "will", "would", "can", "could", "may", "might", "should", "must", "do", "did", "does", "n't", "not", "don't", "didn't", "doesn't", "won't") {
		return true
	}
	if pluralHead(t) || plainCount(t) {
		return true
	}
	// "Students polled say", "those surveyed say": the noun or
	// demonstrative before a survey's participle.
	if surveyed[t.lower] && b > 0 && d.inq[b-1] < 0 && (pluralHead(&d.toks[b-1]) || d.toks[b-1].is("those", "these")) {
		return true
	}
	// "Critics of the plan say": the head before "of" counts; so does
	// the head before "in" ("3 in 10 teachers in each town want"), and
	// before an adjective's "to" or "with" ("sources close to the
	// mayor say", "officials familiar with the talks say").
	for k := b - 1; k > b-6 && k > 0 && d.toks[k].kind == word && d.inq[k] < 0; k-- {
		if d.toks[k].is("of") {
			return pluralHead(&d.toks[k-1])
		}
		if d.toks[k].is("in") && pluralHead(&d.toks[k-1]) {
			return true
		}
		if k >= 2 && relatedBy(&d.toks[k-1], &d.toks[k]) {
			return pluralHead(&d.toks[k-2])
		}
	}
	return false
}

// relatedAdjectives are adjectives and participles that tie a person to
// what follows them, with the preposition each takes: "sources close to
// the mayor", "officials familiar with the talks", "a group aligned with
// the party". Those of distance tie a person to a place the same way
// ("shopkeepers next to the market", "villagers far from the coast"):
// the noun before them heads the subject, where the walk back from the
// cue had stopped at the preposition and cut the head before its
// modifier ("— Shopkeepers next").
var relatedAdjectives = map[string][]string{
	"close": {"to"}, "familiar": {"with"}, "loyal": {"to"}, "allied": {"with", "to"},
	"aligned": {"with"}, "linked": {"to", "with"}, "connected": {"to", "with"}, "tied": {"to"},
	"friendly": {"to", "with"}, "sympathetic": {"to"},
	"next": {"to"}, "far": {"from"}, "closest": {"to"}, "closer": {"to"}, "nearest": {"to"}, "nearer": {"to"},
	"farthest": {"from"}, "furthest": {"from"},
}

// relatedBy reports whether adj and prep read as one of
// relatedAdjectives with its preposition.
func relatedBy(adj, prep *token) bool {
	for _, p := range relatedAdjectives[adj.lower] {
		if prep.is(p) {
			return true
		}
	}
	return false
}

// plainCount reports whether t is a number above one standing for the
// people counted: "4 in 10 say", "majorities in all five say".
func plainCount(t *token) bool {
	return number(t) && !t.is("one", "1", "0")
}

// surveyed are participles that qualify the people a survey asked:
// "voters polled", "those surveyed".
var surveyed = set("polled", "surveyed", "questioned", "interviewed", "sampled")

// pluralHead reports whether t reads as the head of a plural subject.
func pluralHead(t *token) bool {
	if t.kind == word && len(t.lower) > 3 && t.lower[len(t.lower)-1] == 's' && !t.is("'s", "his", "this", "its", "was", "has", "is", "us", "less", "news", "congress", "always") {
		return true
	}
	return t.is("people", "police", "media", "staff", "public", "majority", "men", "women", "children", "folks", "others", "both", "many", "some", "most", "few", "all", "and")
}

// opensAsClause reports whether the "as" at k opens a clause of its own:
// at the sentence's start or after a comma, directly or after a
// coordinator ("But as …", ", and as …").
func (x *extractor) opensAsClause(k, s0 int) bool {
	d := x.d
	if k > s0 && d.toks[k-1].is("and", "but", "yet") {
		k--
	}
	return k == s0 || d.toks[k-1].text == ","
}

// namedOrPronoun reports whether a speaker phrase ends in a name or is a
// pronoun: enough to read an ambiguous word as a verb.
func (x *extractor) namedOrPronoun(s tspan) bool {
	d := x.d
	t := &d.toks[s.last]
	if t.in(inSubjectPronouns) || t.is("that") {
		return true
	}
	if s.last > s.first && t.text == "," {
		return true // appositive
	}
	return t.capital() || x.named(s) && s.last-s.first >= 1 && !d.toks[s.last].in(inDeterminers)
}

func (x *extractor) endsParagraphWithColon(from, s1 int) bool {
	d := x.d
	for k := from; k < s1 && k < from+8; k++ {
		if d.toks[k].text == ":" {
			return k == s1-1
		}
	}
	return false
}
