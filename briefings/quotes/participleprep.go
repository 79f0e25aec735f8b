package quotes

import "strings"

// shortParticiples are past participles that perfectParticiple misses
// and that often qualify people: "those hurt in the blast", "fans caught
// in the crush".
var shortParticiples = set("hurt", "hit", "shot", "caught", "stuck", "born", "struck")

// participlePrepSubject returns the subject whose head a reduced relative
// clause of a participle and a preposition qualifies, when the walk back
// from a cue stopped at the preposition's object j..b: "Scientists
// working on the probe said", "residents affected by the floods said",
// "a man arrested at the scene told". The phrase qualifies the noun
// before the participle, which heads the subject. Before, the walk
// stopped at the preposition and the mainSubject fallback cut the head
// before its modifier ("— Scientists working", "— A man arrested").
// PolNeAR's gold sources take the whole phrase ("people briefed on the
// talks", "the crowd gathered in the square"): of the train
// predictions that ended on such a participle, every gold source ran on
// through the preposition's phrase. The head is a noun for people or a
// body, or a document ("records compiled by …"); not a verb of saying's
// participle, not a clause opened by a conjunction ("as prices climbed
// in the spring") nor a question's subject after its auxiliary ("Will
// rebels backed by the army agree …?").
func (x *extractor) participlePrepSubject(j, b, lo int) (tspan, bool) {
	d := x.d
	p, v := j-1, j-2
	if v-1 < lo || d.inq[p] >= 0 || d.inq[v] >= 0 || d.inq[v-1] >= 0 || !d.toks[p].in(inPrepositions) {
		return none, false
	}
	pt := &d.toks[v]
	if !(participle(pt) || perfectParticiple(pt) || shortParticiples[pt.lower]) || isSayForm(pt.lower) && !x.participleBeforeSayAt(v) || pt.in(inAuxiliaries) {
		return none, false
	}
	h := &d.toks[v-1]
	if h.is("those", "these") {
		// "Those affected by the floods said"
		if sp, ok := x.qualifiedHead(v-1, lo); ok {
			return tspan{sp.first, b}, true
		}
	}
	if !qualifiableHead(h) || !(personHead(h) || documents[h.lower]) {
		return none, false
	}
	sp, ok := x.qualifiedHead(v-1, lo)
	if !ok || sp.first > lo && (strings.HasSuffix(d.toks[sp.first-1].lower, "ing") || d.toks[sp.first-1].is("as", "when", "while", "after", "before", "because", "since", "until", "if", "though", "although", "once") || d.toks[sp.first-1].in(inAuxiliaries)) {
		return none, false
	}
	return tspan{sp.first, b}, true
}
