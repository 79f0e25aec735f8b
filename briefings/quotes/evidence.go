package quotes

import "strings"

// Evidence as a speaker: polls, records and counts state findings by
// verbs such as "show" ("a poll shows Lee ahead", "records showing she
// was paid"). Their subjects are common nouns, often with a phrase
// between them and the verb ("Bank statements from last winter show"), so
// the rules for people's names miss them.

// evidenceVerbs are the lemmas by which a record states what it holds.
var evidenceVerbs = set("show", "suggest", "indicate", "reveal", "find")

// evidenceNouns head the subjects of evidenceVerbs that annotators take
// as sources: polls and their results, documents, counts and studies.
var evidenceNouns = set("poll", "polls", "polling", "survey", "surveys", "data", "records", "record",
	"filings", "filing", "documents", "document", "email", "emails", "results", "returns", "figures",
	"numbers", "estimates", "analysis", "analyses", "study", "studies", "report", "reports", "review",
	"tally", "count", "ledgers", "ledger", "receipts", "evidence", "statistics", "research",
	"projection", "projections", "forecast", "forecasts", "models", "index", "audit", "audits",
	"memo", "memos", "census", "logs", "transcripts", "transcript", "video", "footage", "photo",
	"photos", "images", "markets", "outcome", "calendar", "calendars", "schedules", "disclosures",
	"statements", "investigation", "probe", "tests", "test", "testing", "minutes", "notes", "files",
	"papers", "archives", "trackers", "tallies")

// isEvidence reports whether h is an evidence verb and k heads an
// evidence noun phrase.
func (x *extractor) isEvidence(h hit, k int) bool {
	t := &x.d.toks[k]
	return evidenceVerbs[h.c.lemma] && t.kind == word && x.d.inq[k] < 0 && evidenceNouns[t.lower]
}

// evidenceSubject finds the subject of an evidence verb whose subject
// the general rules could not read: "Data show", "Surveys in Ohio show",
// "Bank statements from last winter show", "First tallies of mail ballots
// counted by X show". It looks back from b (the token before the cue
// and its auxiliaries) for an evidence noun; what lies between that noun
// and the verb must be a modifier (no finite verb other than a qualifying
// participle, no comma or quotation), and the phrase it heads must open
// the clause.
func (x *extractor) evidenceSubject(h hit, b, s0 int) (tspan, bool) {
	d := x.d
	if !evidenceVerbs[h.c.lemma] || h.c.form == gerund || b < s0 {
		return none, false
	}
	b = x.skipRelativeAside(b, s0)
	for e := b; e >= s0 && e > b-12; e-- {
		t := &d.toks[e]
		if d.inq[e] >= 0 || t.kind != word {
			return none, false
		}
		// The noun test comes first: "forecast" is a noun here, whatever
		// the lexicon says.
		if !x.isEvidence(h, e) {
			if e < b && (finiteVerb(t) && !x.qualifyingParticiple(e) || t.is("that", "which", "who", "where", "when", "and", "or", "but")) {
				return none, false
			}
			continue
		}
		f := x.evidenceStart(e, s0)
		// "First tallies of mail ballots": the phrase before "of" is part
		// of the subject.
		for f-2 >= s0 && d.toks[f-1].is("of") && d.toks[f-2].kind == word && d.inq[f-2] < 0 {
			f = x.evidenceStart(f-2, s0)
		}
		if !x.opensClause(f, s0) {
			// "a forecast from the Hill Report shows": a noun inside a
			// modifier; the head may be further back.
			e = f
			continue
		}
		return tspan{f, e}, true
	}
	return none, false
}

// skipRelativeAside steps back over a relative clause between commas
// that ends at b: "Exit polls from the primary, which Lee won easily,
// showed". It returns the token before the clause's opening comma, or b.
func (x *extractor) skipRelativeAside(b, s0 int) int {
	d := x.d
	if d.toks[b].text != "," || d.inq[b] >= 0 {
		return b
	}
	for k := b - 1; k > s0 && k > b-25; k-- {
		if d.inq[k] >= 0 || d.toks[k].text == "." || d.toks[k].text == ";" {
			return b
		}
		if d.toks[k].text == "," {
			if d.toks[k+1].is("which", "who", "where", "whose") {
				return k - 1
			}
			return b
		}
	}
	return b
}

// qualifyingParticiple reports whether the past form at k qualifies the
// noun before it rather than being the clause's verb: "a poll conducted
// by", "a memo obtained through", "a survey released Monday".
func (x *extractor) qualifyingParticiple(k int) bool {
	d := x.d
	if k+1 >= len(d.toks) || !strings.HasSuffix(d.toks[k].lower, "ed") {
		return false
	}
	n := &d.toks[k+1]
	return n.is("by", "for", "in", "on", "at", "from", "through", "with", "over", "last", "this") || n.in(inTimeWords)
}

// evidenceStart returns where the noun phrase ending at e begins:
// determiners, modifiers and dates ("A March 3, 2014 email") before it.
func (x *extractor) evidenceStart(e, s0 int) int {
	d := x.d
	f := e
	for f-1 >= s0 && d.inq[f-1] < 0 {
		p := &d.toks[f-1]
		if p.text == "," && f-2 >= s0 && number(&d.toks[f]) && number(&d.toks[f-2]) {
			f-- // the comma of a date
			continue
		}
		if p.kind != word && !(p.lower == "'s" || p.text == "-" && !p.space) {
			break
		}
		if p.in(inDeterminers) && !p.is("that", "this") || p.is("this") {
			f--
			break
		}
		if !x.npToken(f-1) && !number(p) && !adverb(p) && !p.is("most", "more", "least", "first", "last", "latest", "new", "early") {
			break
		}
		f--
	}
	return f
}

// opensClause reports whether a subject starting at f opens its clause:
// at the sentence start, after a conjunction opening it ("But the survey
// shows") or after the comma of a fronted phrase ("For the first time,
// a poll shows").
func (x *extractor) opensClause(f, s0 int) bool {
	d := x.d
	if f == s0 {
		return true
	}
	p := &d.toks[f-1]
	if f-1 == s0 && p.is("but", "and", "so", "yet", "still", "now", "meanwhile", "however") {
		return true
	}
	return p.text == "," && d.inq[f-1] < 0
}

// suggestingNoun reports whether b is a common noun before "suggesting":
// "a memo suggesting that", "two aides suggesting". Unlike
// "showing" ("a strong showing"), "suggesting" is no noun itself.
func (x *extractor) suggestingNoun(h hit, b int) bool {
	d := x.d
	t := &d.toks[b]
	return h.c.lemma == "suggest" && t.kind == word && !t.capital() && x.npToken(b) && !t.in(inStopWords) && !t.in(inBetween) && !adverb(t) && !t.in(inPrepositions)
}

// evidenceParticiple reads "polls showing her behind", "ledgers showing
// he was paid", "aides suggesting": the noun right before an evidence
// participle (any noun before "suggesting") is its source.
func (x *extractor) evidenceParticiple(a attr, h hit, b, s0, end int) (attr, bool) {
	d := x.d
	if h.c.form != gerund || h.c.lemma == "find" || b != h.first-1 || b < s0 || !x.isEvidence(h, b) && !x.suggestingNoun(h, b) {
		return attr{}, false
	}
	a.src = tspan{x.evidenceStart(b, s0), b}
	// "Despite polls showing him behind, Lee campaigned", "Lee, after a
	// poll showing him behind, told": the main clause or verb after the
	// comma is no part of it.
	end = x.beforeClause(h.last+1, end)
	for k := h.last + 1; k+1 < end; k++ {
		if d.toks[k].text == "," && d.inq[k] < 0 && finiteVerb(&d.toks[k+1]) {
			end = k
			break
		}
	}
	a.content = x.forward(h, h.last+1, end)
	a.how = "evidence"
	return a, len(a.content) > 0
}

// reportedAfterAdverb reports whether the past form at i is a passive
// whose auxiliary an adverb of time separates from it: "The merger was
// first reported by a trade paper", "had been widely reported". The outlet
// after "by" reports the subject.
func (x *extractor) reportedAfterAdverb(c cue, i, s0 int) bool {
	d := x.d
	return c.form == past && c.lemma == "report" && i-2 >= s0 &&
		d.toks[i-1].is("first", "previously", "initially", "originally", "earlier", "widely") &&
		d.toks[i-2].is("is", "was", "were", "are", "been", "being")
}

// copulaAccording reads "That's according to the filings": the pronoun
// before the copula is the content, standing for the previous sentence.
func (x *extractor) copulaAccording(h hit, s0 int) ([]tspan, bool) {
	d := x.d
	if h.first != s0+2 || !d.toks[s0].is("that", "this") || !d.toks[s0+1].is("'s", "is", "was") {
		return nil, false
	}
	return []tspan{{s0, s0}}, true
}

// shareWords name a part of those a poll asked: "a third say", "a
// majority said".
var shareWords = set("percent", "third", "thirds", "quarter", "quarters", "half", "majority",
	"fifth", "fifths", "plurality", "minority")

// tens spell out the first part of a share ("Sixty-two percent").
var tens = set("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")

// shareSubject finds a poll's share of respondents as the subject of a
// say verb when the general rules read no noun phrase there: "Two in
// five agreed", "Almost a quarter say", "57% say", "Sixty-two percent of
// those asked say", "Well under half, 38 percent, say". The share
// opens its clause (after the sentence start, a comma, a colon or a
// conjunction) and holds a count ("in" between numbers) or a share word.
func (x *extractor) shareSubject(h hit, b, s0 int) (tspan, bool) {
	if h.c.class != say || h.c.form == gerund || b < s0 {
		return none, false
	}
	return x.shareBefore(b, s0)
}

// shareBefore is shareSubject's share ending at token b, whatever verb
// follows it.
func (x *extractor) shareBefore(b, s0 int) (tspan, bool) {
	d := x.d
	if b < s0 {
		return none, false
	}
	e := b
	// "Well under half, 38 percent, say": the figure in commas
	// restates the share before it.
	if d.toks[e].text == "," && d.inq[e] < 0 {
		e--
	}
	share := false
	f := e
	for ; f >= s0 && e-f < 10; f-- {
		t := &d.toks[f]
		if d.inq[f] >= 0 {
			return none, false
		}
		if shareWords[t.lower] && !(f+1 < b && d.toks[f+1].is("a", "an")) || strings.HasSuffix(t.text, "%") || t.is("in") && f > s0 && f < e && number(&d.toks[f-1]) && number(&d.toks[f+1]) {
			share = true
			continue
		}
		if t.text == "," && f > s0 && f < e && shareWords[d.toks[f-1].lower] && number(&d.toks[f+1]) {
			continue // "a fifth, 21 percent"
		}
		if t.kind == word && (number(t) || t.is("of", "those", "them", "these", "the", "a", "an", "just", "well", "slightly", "barely", "fully", "over", "under", "nearly", "about", "roughly", "almost", "only", "mere", "some", "more", "than", "fewer", "less", "polled", "surveyed", "asked", "questioned") || x.npToken(f) && !t.capital()) ||
			t.text == "-" && !t.space || tens[strings.SplitN(t.lower, "-", 2)[0]] {
			continue
		}
		break
	}
	f++
	if !share || f > e || !x.opensShare(f, s0) {
		return none, false
	}
	return tspan{f, e}, true
}

// opensShare reports whether a share starting at f opens a clause: at
// the sentence start or after a comma, colon, semicolon, dash or a
// conjunction.
func (x *extractor) opensShare(f, s0 int) bool {
	d := x.d
	if f == s0 {
		return true
	}
	p := &d.toks[f-1]
	if d.inq[f-1] >= 0 {
		return false
	}
	if p.text == "," || p.text == ":" || p.text == ";" || isDashToken(d.toks, f-1) {
		return true
	}
	return p.is("and", "but", "while", "whereas", "yet", "so")
}

// countOf reports whether b ends a count of people such as "one in
// three", "two in 10", rather than a time ("who in 2010 said").
func (x *extractor) countOf(b, s0 int) bool {
	d := x.d
	return b-2 >= s0 && d.toks[b-1].is("in") && number(&d.toks[b-2]) && number(&d.toks[b]) && d.inq[b-2] < 0
}
