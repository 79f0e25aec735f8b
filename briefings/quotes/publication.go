package quotes

// Publication as a statement: "The council issued a statement …", "the
// campaign released a new ad …", "the paper published a letter …". A
// body that issues, releases or publishes a document states what the
// document says, and PolNeAR marks the publisher as the source about two
// times in three where such a verb takes a determined object, against a
// quarter of the time for the verbs alone ("released from jail", "issued
// subpoenas", "was released Monday"). The content is the object, or,
// after a document of speech and a participle ("issued a statement
// saying …"), what the participle governs.

// publishForms are the forms of the verbs of publishing, as cues.
var publishForms = map[string]cue{
	"issued": {lemma: "issue", class: other, form: past}, "issues": {lemma: "issue", class: other, form: third},
	"issuing":  {lemma: "issue", class: other, form: gerund},
	"released": {lemma: "release", class: other, form: past}, "releases": {lemma: "release", class: other, form: third},
	"releasing": {lemma: "release", class: other, form: gerund},
	"published": {lemma: "publish", class: other, form: past}, "publishes": {lemma: "publish", class: other, form: third},
	"publishing": {lemma: "publish", class: other, form: gerund},
	"unveiled":   {lemma: "unveil", class: other, form: past},
}

// publishedObjects open the object of a verb of publishing that names
// one document or set of them ("a statement", "its findings").
var publishedObjects = set("a", "an", "the", "its", "his", "her", "their")

// publicationCue reports the cue at token i when it is a verb of
// publishing in the active voice before a determined object: "issued a
// statement", "released its findings". With the participle of a cue
// after the object, the cue runs to the participle: "released a
// statement Wednesday saying" (the object is not checked to be a
// document: "released the suspect, saying" runs to "saying" too).
func (x *extractor) publicationCue(i, s0, s1 int) (hit, bool) {
	d := x.d
	t := &d.toks[i]
	c, ok := lookup(t, inPublishForms, publishForms)
	if !ok || i+2 >= s1 || d.inq[i+1] >= 0 || t.capital() && i != s0 || !publishedObjects[d.toks[i+1].lower] {
		return hit{}, false
	}
	if i > s0 {
		// "was released", "the newly released": a passive or a
		// modifier.
		p := &d.toks[i-1]
		if p.in(inBeForms) || p.in(inDeterminers) || p.lower == "'s" || p.is("get", "got", "gets", "recently", "newly") && c.form == past {
			return hit{}, false
		}
	}
	h := hit{first: i, last: i, c: c}
	v, ok := x.documentParticiple(i+1, s1)
	if !ok && x.reportInObject(i+1, s1) {
		return hit{}, false
	}
	if ok {
		// The statement's verb frames the content: "saying" a clause,
		// "calling" an object and its complement.
		p := lexicon[d.toks[v].lower]
		h.last, h.c.lemma, h.c.class = v, p.lemma, p.class
	}
	return h, true
}

// documentParticiple finds, after the object starting at k, the
// participle of a cue that says what the document states: "a statement
// Wednesday saying", "a letter to members urging", "an ad calling". A
// time or a short phrase may stand between; a clause or punctuation
// other than a comma may not.
func (x *extractor) documentParticiple(k, s1 int) (int, bool) {
	d := x.d
	_, g, ok := x.npForward(k, s1)
	if !ok {
		return 0, false
	}
	for v := g + 1; v < s1 && v <= g+6 && d.inq[v] < 0; v++ {
		t := &d.toks[v]
		if c, ok := lexicon[t.lower]; ok && c.form == gerund {
			return v, true
		}
		if t.kind == word && (t.in(inTimeWords) || x.npToken(v) || t.is("on", "to", "in", "at", "late", "early")) || t.text == "," {
			continue
		}
		break
	}
	return 0, false
}

// reportInObject reports whether a verb of saying (a gerund only after
// "by") stands after the object's start at k, when documentParticiple
// found none: in "released a memo from its referees that says the goal
// should have stood" or "published its findings by announcing that the
// claim was false" that verb reports what the document or the act of
// publishing says, and its own attribution is the one to read. The scan is not
// held to the object's clause: it runs to the sentence's end, a
// quotation, a semicolon, a colon or a parenthesis, so a verb of saying
// in a clause of its own after a comma ("released its findings Monday,
// and the mayor said …") also takes the cue away.
func (x *extractor) reportInObject(k, s1 int) bool {
	d := x.d
	for v := k; v < s1 && d.inq[v] < 0; v++ {
		t := &d.toks[v]
		if t.kind != word {
			if t.is(";", ":", "(", ")") {
				return false
			}
			continue
		}
		if c, ok := t.listed(); ok && c.class == say && (c.form != gerund || d.toks[v-1].is("by")) {
			return true
		}
	}
	return false
}

// authoringVerbs put out a document as their subject's own, besides the
// light verbs and the verbs of publishing: "signed a letter saying",
// "posted a video showing".
var authoringVerbs = set("put", "signed", "signs", "posted", "posts", "wrote", "writes", "revised", "tweeted",
	"delivered", "gave", "ran", "runs", "aired", "circulated", "drafted", "penned", "shared")

// unauthoredDocument returns the document phrase ending at b ("a sign",
// "the paper's editorial") when no verb of its author governs it: in
// "Lee held up a sign saying …" and "a week after the paper's editorial
// telling him …" the sign and the editorial say it, while in "his office
// put out a memo saying …" the office does. none otherwise.
func (x *extractor) unauthoredDocument(b, s0 int) tspan {
	d := x.d
	if !documents[d.toks[b].lower] || d.inq[b] >= 0 {
		return none
	}
	// The phrase opens with an article or a possessive: "a sign", "the
	// paper's editorial". A bare noun before it may be a verb read as one
	// ("sent tweets").
	f := b
	for f > s0 && b-f < 6 && d.inq[f-1] < 0 && !d.toks[f].in(inDeterminers) && !d.toks[f].in(inPossessives) && (x.npToken(f-1) || d.toks[f-1].in(inDeterminers) || d.toks[f-1].in(inPossessives)) {
		f--
	}
	if f <= s0 || !d.toks[f].in(inDeterminers) && !d.toks[f].in(inPossessives) {
		return none // none such, or the sentence opens with it: the subject already
	}
	v := f - 1
	if d.toks[v].is("out", "up") && v > s0 && !d.toks[v-1].is("held", "holds", "holding", "picked") {
		v--
	}
	for v > s0 && adverb(&d.toks[v]) {
		v--
	}
	w := &d.toks[v]
	if lightVerbs[w.lower] || authoringVerbs[w.lower] || w.in(inPublishForms) {
		return none
	}
	return tspan{f, b}
}
