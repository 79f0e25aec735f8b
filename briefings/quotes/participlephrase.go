package quotes

import "strings"

// participleHeads are singular nouns for people or bodies that a reduced
// relative clause with a present participle often qualifies ("a man
// living nearby", "a group representing farmers"); plural heads, roles
// and titles qualify as well.
var participleHeads = set("man", "woman", "person", "group", "firm", "company", "charity", "panel", "team",
	"committee", "resident", "witness", "doctor", "nurse", "teacher", "student", "worker", "passenger", "driver",
	"pilot", "engineer", "surgeon", "lawyer", "official", "judge", "farmer", "soldier", "campaigner", "activist")

// participleSubject returns the subject whose head a reduced relative
// clause qualifies when the walk back from a cue stopped at the clause's
// object j..b: "Officials investigating the crash said", "lawyers
// representing the family say". The noun before the participle heads
// the subject; the participle's object (the crash, the family, "Mayor
// Vale" of "councillors backing Mayor Vale") did not speak, and shown as
// a key quote it would name the wrong speaker. Annotators take the whole
// phrase or its head. Not after a verb or a determiner ("are watching
// the race", "the same wording the coach used"), not a verb of saying's
// clause ("parents saying they want"), not a participle's own object.
func (x *extractor) participleSubject(j, b, lo int) (tspan, bool) {
	d := x.d
	v := j - 1
	if v-1 < lo || d.inq[v] >= 0 || d.inq[v-1] >= 0 || !participle(&d.toks[v]) || isSayForm(d.toks[v].lower) {
		return none, false
	}
	if j == b && d.toks[j].in(inSubjectPronouns) {
		return none, false
	}
	if h := &d.toks[v-1]; !qualifiableHead(h) || !personHead(h) {
		return none, false
	}
	sp, ok := x.npBackFrom(v-1, lo, false)
	if !ok || sp.first > lo && strings.HasSuffix(d.toks[sp.first-1].lower, "ing") {
		return none, false
	}
	return tspan{sp.first, b}, true
}

// qualifiableHead reports whether h may head a noun phrase that a
// clause or phrase after it qualifies: a word, not capitalised unless a
// plural ("Democrats backing …"), and neither a function word, an adverb
// nor a finite verb.
func qualifiableHead(h *token) bool {
	return h.kind == word && !(h.capital() && !pluralHead(h)) && !h.in(inStopWords) && !h.in(inDeterminers) &&
		!h.in(inPrepositions) && !adverb(h) && !finiteVerb(h)
}

// personHead reports whether h names people or a body: a plural, a role
// or a title, or one of participleHeads.
func personHead(h *token) bool {
	return pluralHead(h) || h.in(inRoleNouns) || h.in(inTitles) || participleHeads[h.lower]
}

// participleObject reports whether the name j..b is the object of a
// participle that qualifies the noun before it ("councillors backing
// Mayor Orrin Vale"), so that the name is no speaker of its own.
func (x *extractor) participleObject(j, b, lo int) bool {
	_, ok := x.participleSubject(j, b, lo)
	return ok
}
