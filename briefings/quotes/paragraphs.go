package quotes

import "strings"

// This file gives speakers to quotations that no cue in their sentence
// claims: those that go on from a previous paragraph's speaker, paragraphs
// of first-person speech, and the turns of a transcript.

// orphans handles quotations in paragraph p that no cue claimed: a
// quotation standing as its own sentence continues the current speaker.
func (x *extractor) orphans(p int) {
	d := x.d
	pr := d.paras[p]
	first, end := d.sentencesIn(p)
	for s := first; s < end; s++ {
		if x.leadInQuote(s, p) || x.quoteThenNarrative(s, p) {
			continue
		}
		s0, s1 := d.sents[s][0], d.sents[s][1]
		q := d.inq[s0]
		if q < 0 || x.claimed[s0] {
			continue
		}
		r := d.regions[q]
		tail := false
		if r.last < s1-3 {
			// Narrative follows the quotation: it goes on only as the
			// rest of a clause the quotation opened, with no verb of its
			// own (`“They like him, but they are not there yet” to back
			// him.`).
			if r.first != s0 || !d.speechLike(q) || !x.bareTail(r.last+1, s1) {
				continue
			}
			tail = true
		}
		if !d.speechLike(q) && s0 != pr[0] {
			// Short quotations continue only a speaker of this paragraph.
		} else if !d.speechLike(q) {
			continue
		}
		// The attribution this continues: the last one before it in this
		// paragraph or, for a paragraph opening with a quotation, in the
		// previous paragraph.
		ai := len(x.attrs) - 1
		for ai >= 0 && x.attrs[ai].cue.first > s0 {
			ai--
		}
		ai = x.outermost(x.beforeAsides(ai))
		// Participles and relative clauses after a quotation ("…," he
		// said, referring to X) do not take the next quotation: the
		// quotation's speaker does.
		// A statement of its own sentence just before ("…,” Lee said.
		// The group will watch, Cole says. “…”) is what goes on; not a
		// denial ("He didn't suggest it. “…”").
		prev := ai >= 0 && x.attrs[ai].src.ok() && x.attrs[ai].sent == s-1 && d.paraOf[x.attrs[ai].cue.first] == p && !x.attrs[ai].quoted(d) && (x.attrs[ai].cut >= 0 || isSayForm(d.toks[x.attrs[ai].cue.first].lower)) && r.close && negated(d, x.attrs[ai]) == x.attrs[ai].cue
		for k := ai; !prev && k >= 0 && d.paraOf[x.attrs[k].cue.first] >= p-1; k-- {
			if x.attrs[k].quoted(d) || x.attrs[k].open {
				ai = k
				break
			}
		}
		if ai < 0 {
			continue
		}
		// "“…,” Ortiz told a radio host after suggesting that “fresh
		// faces” might join. “…”": a whole quotation of the sentence goes
		// on, not a clause that merely holds quoted words.
		if !x.opensWithQuote(ai) && !(prev && x.continuingParticiple(ai)) {
			for k := ai - 1; k >= 0 && x.attrs[k].sent == x.attrs[ai].sent; k-- {
				if x.opensWithQuote(k) && x.attrs[k].src.ok() {
					ai = k
					break
				}
			}
		}
		a := &x.attrs[ai]
		ap := d.paraOf[a.cue.first]
		if ap != p && !(ap == p-1 && s0 == pr[0]) && !(ap < p && x.continues(ai, p)) {
			continue
		}
		if !a.quoted(d) && !a.open && !prev {
			continue
		}
		last := min(r.last, s1-1)
		if tail {
			last = x.contentEnd(r.first, s1) - 1
		}
		a = &x.attrs[ai]
		a.content = append(a.content, tspan{r.first, last})
		for k := r.first; k <= last; k++ {
			x.claimed[k] = true
		}
	}
}

// continuingLemmas are participles that go on with what the speaker
// says rather than describe it: "…,” she said, adding that …. “…”" and
// "…,” said Cole, explaining why …. “…”" report the next sentence's
// quotation as the rest of the participle's statement.
var continuingLemmas = set("add", "explain")

// continuingParticiple reports whether attribution ai is a participle
// of continuingLemmas after a clause ("…, adding that …") whose content
// runs to the end of its sentence, so that a quotation standing as the
// next sentence continues it, not the cue before it.
func (x *extractor) continuingParticiple(ai int) bool {
	d := x.d
	a := &x.attrs[ai]
	if a.how != "participle" || len(a.content) == 0 {
		return false
	}
	c, ok := d.toks[a.cue.first].listed()
	if !ok || c.form != gerund || !continuingLemmas[c.lemma] {
		return false
	}
	e := a.content[len(a.content)-1].last + 1
	s1 := d.sents[a.sent][1]
	for ; e < s1; e++ {
		if d.toks[e].kind != punct || d.inq[e] >= 0 {
			return false
		}
	}
	return true
}

// bareTail reports whether tokens [i, s1) after a quotation are narrative
// with no verb of its own, cue or quotation: the end of the clause the
// quotation opened.
func (x *extractor) bareTail(i, s1 int) bool {
	d := x.d
	for k := i; k < s1; k++ {
		if t := &d.toks[k]; d.inq[k] >= 0 || x.cued[k] || x.claimed[k] || finiteVerb(t) || t.in(inAuxiliaries) {
			return false
		}
	}
	return true
}

// opensWithQuote reports whether attribution ai's content is a
// quotation from its start.
func (x *extractor) opensWithQuote(ai int) bool {
	a := &x.attrs[ai]
	if len(a.content) == 0 {
		return false
	}
	f := a.content[0].first
	q := x.d.inq[f]
	return q >= 0 && x.d.regions[q].first == f
}

// colonParagraph gives paragraph p to a cue that ended the previous
// paragraph with a colon ("Cruz continued:"). It reports whether it did.
func (x *extractor) colonParagraph(p int) bool {
	if len(x.attrs) == 0 || p == 0 {
		return false
	}
	a := &x.attrs[len(x.attrs)-1]
	d := x.d
	if !a.open || d.paraOf[a.cue.first] != p-1 {
		return false
	}
	pr := d.paras[p]
	a.open = false
	a.content = append(a.content, tspan{pr[0], pr[1] - 1})
	for k := pr[0]; k < pr[1]; k++ {
		x.claimed[k] = true
	}
	return true
}

// firstPerson gives a paragraph of unquoted first-person speech to the
// person the paragraph before it just attributed something to ("Annan
// praised Russia's assistance." then "As we move forward, I will ...").
// The speaker is carried over, so the attribution is marked unsure.
func (x *extractor) firstPerson(p int) bool {
	d := x.d
	if len(x.attrs) == 0 || p == 0 {
		return false
	}
	a := x.attrs[len(x.attrs)-1]
	prev := d.paras[p-1]
	if d.paraOf[a.cue.first] != p-1 || !a.src.ok() || d.sentOf[a.cue.first] != d.sentOf[prev[1]-1] {
		return false
	}
	if !d.toks[a.src.first].capital() || d.toks[a.src.first].in(inSubjectPronouns) {
		return false
	}
	pr := d.paras[p]
	if firstPersonIn(d, prev[0], prev[1]) || !firstPersonIn(d, pr[0], pr[1]) {
		return false
	}
	// "A: I have not decided yet." answers the interviewer's "Q:": not
	// the interviewer's words.
	if pr[0]+1 < pr[1] && d.toks[pr[0]+1].text == ":" && d.toks[pr[0]].is("a", "q") {
		return false
	}
	for k := pr[0]; k < pr[1]; k++ {
		if d.toks[k].kind == qmark {
			return false
		}
	}
	// A one-sentence paragraph naming the speaker, then the speech.
	if d.sentOf[prev[0]] != d.sentOf[prev[1]-1] {
		return false
	}
	x.add(attr{
		how:      "firstPerson",
		content:  []tspan{{pr[0], pr[1] - 1}},
		src:      a.src,
		cue:      a.cue,
		sent:     d.sentOf[pr[0]],
		unsure:   true,
		verbatim: true,
	})
	return true
}

func firstPersonIn(d *doc, i, end int) bool {
	for k := i; k < end; k++ {
		if d.inq[k] < 0 && d.toks[k].is("i", "we", "my", "our", "me", "us") && (d.toks[k].lower != "us" || d.toks[k].text == "us") {
			return true
		}
	}
	return false
}

// continues reports whether attribution ai's content reaches the end of
// paragraph p-1, so that p may carry it on.
func (x *extractor) continues(ai, p int) bool {
	a := &x.attrs[ai]
	if len(a.content) == 0 {
		return false
	}
	last := a.content[len(a.content)-1].last
	return x.d.paraOf[last] == p-1
}

// quoted reports whether the attribution's content holds a quotation.
func (a *attr) quoted(d *doc) bool {
	for _, c := range a.content {
		for k := c.first; k <= c.last; k++ {
			if d.toks[k].kind == qmark {
				return true
			}
		}
	}
	return false
}

// transcript handles a paragraph that is a turn in a transcript:
// "PENCE: We will ...". It reports whether it took the paragraph.
func (x *extractor) transcript(p int) bool {
	d := x.d
	pr := d.paras[p]
	first := pr[0]
	// A transcript quoted whole: `"PENCE: Well, look, …`.
	quoted := d.toks[first].kind == qmark && first+1 < pr[1]
	if quoted {
		first++
	}
	colon := -1
	for k := first; k < pr[1] && k < first+5; k++ {
		if d.toks[k].text == ":" {
			colon = k
			break
		}
	}
	if colon <= first || colon+1 >= pr[1] || d.toks[colon+1].gap > 0 {
		return false
	}
	caps := true
	for k := first; k < colon; k++ {
		t := &d.toks[k]
		if t.kind != word || !t.capital() && t.lower != "'s" {
			return false
		}
		caps = caps && (isUpperWord(t.text) || len(t.text) == 1)
	}
	// "PENCE:" in a transcript, "Trump: ‘We are going to win’" in a
	// headline; not "Related:" or "Editor’s Note:".
	if d.toks[colon-1].in(inNotSpeakers) || d.toks[first].in(inNotSpeakers) {
		return false
	}
	if !caps && (colon-first > 4 || quoted) {
		return false
	}
	// A label in capitals before a headline in title case ("BREAKING:
	// Mayor Quits Race") calls for attention; before a sentence ("AP:
	// Mayor paid lobbyists", "SMITH: Did you know?") it names a speaker.
	if caps && x.titleCased(p) {
		return false
	}
	last := pr[1] - 1
	for last > colon+1 && d.toks[last].text == "." && d.inq[last] < 0 {
		last--
	}
	// In the body, a name and a colon before a phrase with no clause
	// ("Lee: A long shot.", "Ohio: Ann Roe, Ben Poe, …") sets out a list
	// under names, not a turn of speech: a turn says something. In an
	// interview ("Q:" turns) every answer is a turn, "No." as well.
	if !caps && p > 0 && !clauseIn(d, colon+1, last) && x.labelTurns() < 2 {
		return false
	}
	x.add(attr{
		how:     "transcript",
		cut:     -1,
		content: []tspan{{colon + 1, last}},
		src:     tspan{first, colon - 1},
		cue:     tspan{colon, colon},
		sent:    d.sentOf[pr[0]],
		// A turn is the speaker's words as spoken, quote marks or none:
		// "PENCE:", or "Iverson:" in an interview with several turns, not
		// a headline's "Trump: Wall will be built".
		verbatim: caps || p > 0 && x.labelTurns() >= 2,
	})
	return true
}

// clauseIn reports whether tokens i..last, outside quotations, hold a
// clause: a finite verb, an auxiliary, a contracted verb or a pronoun
// that is only ever a subject.
func clauseIn(d *doc, i, last int) bool {
	for k := i; k <= last; k++ {
		t := &d.toks[k]
		if finiteVerb(t) || t.in(inAuxiliaries) || t.in(inNegatedAuxiliaries) || t.in(inBeForms) || t.is(personalSubjects...) || contractedVerb(t.lower) {
			return true
		}
	}
	return false
}

// contractedVerb reports whether w is a pronoun with a contracted verb
// ("i'm", "we've", "it's") or a negated verb ("won't").
func contractedVerb(w string) bool {
	if strings.HasSuffix(w, "n't") {
		return true
	}
	pron, verb, ok := strings.Cut(w, "'")
	return ok && (subjectPronouns[pron] || pron == "that" || pron == "there") && (verb == "m" || verb == "re" || verb == "s" || verb == "ll" || verb == "ve" || verb == "d")
}

// labelTurns counts the paragraphs after the first that open with one to
// three capitalized words and a colon.
func (x *extractor) labelTurns() int {
	if x.turnsKnown {
		return x.turns
	}
	d := x.d
	n, asked := 0, false
	for p := 1; p < len(d.paras); p++ {
		pr := d.paras[p]
		for k := pr[0]; k < pr[1] && k < pr[0]+4; k++ {
			t := &d.toks[k]
			if t.text == ":" {
				if k > pr[0] && !d.toks[k-1].in(inNotSpeakers) {
					n++
				}
				// "Q:", "Interviewer:": an interview, not a box score's
				// "LeBron James: 30 points".
				asked = asked || k == pr[0]+1 && d.toks[pr[0]].is("q", "interviewer", "question")
				break
			}
			if t.kind != word || !t.capital() {
				break
			}
		}
	}
	if !asked {
		n = 0
	}
	x.turns, x.turnsKnown = n, true
	return n
}

// notSpeakers are labels that end with a colon without being speakers.
var notSpeakers = set("related", "update", "updated", "note", "editor", "correction", "photo", "video",
	"watch", "read", "source", "sources", "advertisement", "abstract", "text", "full", "tags", "tag",
	"credit", "caption", "listen", "subscribe", "follow", "share", "more", "see", "also", "warning",
	"breaking", "exclusive", "analysis", "opinion", "commentary", "poll", "polls", "live", "graphic",
	"transcript", "summary", "background", "bottom", "line", "why", "what", "how", "who", "when",
	"where", "answer", "question", "day", "step", "part", "chapter", "the", "a", "an", "this", "here",
	"today", "january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
	"saturday", "sunday", "reporting", "contributing", "email", "phone", "twitter", "facebook",
	"review", "reviews", "explainer", "explained", "photos", "pictures", "fact", "check", "obituary",
	"election", "elections", "interview", "podcast", "letters", "letter", "editorial", "factbox",
	"timeline", "recap", "preview", "profile", "quiz", "essay", "explainers", "euro", "world", "cup")

func isUpperWord(s string) bool {
	letters := 0
	for _, r := range s {
		if r >= 'a' && r <= 'z' {
			return false
		}
		if r >= 'A' && r <= 'Z' {
			letters++
		}
	}
	return letters >= 2
}
