package quotes

import "strings"

// Cues of support, opposition and preference that the lexicon leaves
// out because their words are mostly something else: "vote" is mostly
// a noun or an act with no object ("the Senate will vote Tuesday"), and
// "like" mostly a preposition. In the shapes below they state a stance
// on what follows, and PolNeAR annotates them as such about half the
// time or more in train, against a quarter or less for the words alone.

// stanceHit reports whether token i, which the lexicon does not list,
// is a cue of stance in one of these shapes, as a hit for frame:
//
//   - a finite "vote" before "for", "against", "in favor of" or "to":
//     "Lee voted against the bill", "most would vote for Cole", "the
//     council voted to close the plant";
//   - "like" after "would": "the mayor would like to rebuild the pier".
func (x *extractor) stanceHit(i, s0, s1 int) (hit, bool) {
	d := x.d
	t := &d.toks[i]
	if i+2 >= s1 || d.inq[i+1] >= 0 || t.capital() && i != s0 {
		return hit{}, false
	}
	switch t.lower {
	case "vote", "votes", "voted":
		if i == s0 || !x.finiteVote(i) {
			return hit{}, false
		}
		f := past
		switch t.lower {
		case "vote":
			f = base
		case "votes":
			f = third
		}
		h := hit{first: i, last: i, c: cue{lemma: "vote for", class: other, form: f}}
		switch n := &d.toks[i+1]; {
		case n.is("for", "against"):
			h.last = i + 1
		case n.is("in") && i+3 < s1 && d.toks[i+2].is("favor", "favour") && d.toks[i+3].is("of"):
			h.last = i + 3
		case n.is("to") && d.toks[i+2].kind == word && !number(&d.toks[i+2]):
			// "voted to close the plant": the content starts at "to".
		default:
			return hit{}, false
		}
		return h, true
	case "like":
		if i > s0 && d.toks[i-1].is("would", "'d") && d.toks[i+1].is("to") {
			return hit{first: i, last: i, c: cue{lemma: "like", class: other, form: base}}, true
		}
	}
	return hit{}, false
}

// finiteVote reports whether the form of "vote" at token i is a finite
// verb: "voted" not after a form of "be" ("was voted off"), "votes"
// and "vote" after a subject or an auxiliary, not after "to" ("urged
// voters to vote for Lee": the urging is the statement) or a
// determiner ("a vote for Lee", "their votes").
func (x *extractor) finiteVote(i int) bool {
	d := x.d
	p := &d.toks[i-1]
	if p.is("to", "a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "of", "no", "one", "any", "every", "each", "popular", "'s") || p.in(inBeForms) || p.kind != word && !p.is(",") {
		return false
	}
	if d.toks[i].lower == "votes" {
		// Mostly the noun ("enough votes to", "cast 42 votes for"): a
		// verb after a name or a pronoun only.
		return p.capital() && !number(p) || p.is("he", "she", "it", "who", "which", "that", "also")
	}
	if d.toks[i].lower == "vote" {
		// A base form needs a modal or a plural subject: "would vote",
		// "voters vote".
		return p.is("would", "will", "could", "can", "might", "may", "should", "must", "did", "do", "not", "n't", "'d", "'ll", "also", "all", "they", "we", "i", "you") || plural(p)
	}
	return true
}

// ranked are the words that single out, among a group, the one who took
// a stance: "the first senator to endorse Lee", "one of the earliest
// donors to back her", "the only Democrats to vote against the levy".
var ranked = set("first", "only", "earliest", "lone", "sole")

// rankedStances are the verbs after "to" that such a phrase frames, with
// "vote" before "for" or "against". Others ("the first woman to speak
// at", "the only state to require") state a feat, not a stance.
var rankedStances = set("endorse", "back", "support", "oppose", "vote")

// rankedCue attributes, in sentence s, the stance of a phrase such as
// "the first senator to endorse Lee": a verb after "to" has no subject
// of its own, so frame reads none. The speaker is the subject of the
// copula before the phrase ("Lee was the first mayor to back her"), else
// the phrase itself; the content is the verb's object.
func (x *extractor) rankedCue(s int) {
	d := x.d
	s0, s1 := d.sents[s][0], d.sents[s][1]
	for k := s0 + 2; k+2 < s1; k++ {
		if d.inq[k] >= 0 || !d.toks[k].is("to") {
			continue
		}
		v := k + 1
		for v < s1 && d.toks[v].is("publicly", "formally", "officially", "recently", "openly", "ever") {
			v++
		}
		if v+1 >= s1 || d.inq[v] >= 0 || x.cued[v] || !rankedStances[d.toks[v].lower] {
			continue
		}
		last := v
		if d.toks[v].is("vote") {
			if !d.toks[v+1].is("for", "against") {
				continue
			}
			last = v + 1
		}
		// Back over the group's noun and modifiers to the ranking word
		// and its article: "the first sitting judges of the appeals court".
		r := -1
		for j := k - 1; j > s0 && k-j <= 8 && d.inq[j] < 0 && d.toks[j].kind == word; j-- {
			if ranked[d.toks[j].lower] && d.toks[j-1].is("the") {
				r = j - 1
				break
			}
			if finiteVerb(&d.toks[j]) || d.toks[j].is("who", "whom", "which", "that", "and", "or") {
				break
			}
		}
		if r < 0 {
			continue
		}
		np := tspan{r, k - 1}
		if r-2 >= s0 && d.toks[r-1].is("of") && d.toks[r-2].is("one", "among") {
			np.first = r - 2 // "one of the earliest county clerks"
		}
		// After a preposition the phrase is a time ("on the opening
		// round"), not a group.
		if np.first > s0 && d.toks[np.first-1].in(inPrepositions) {
			continue
		}
		src := np
		b := np.first - 1
		for b > s0 && d.toks[b].is("not", "also", "still", "now") {
			b--
		}
		if b > s0 && (d.toks[b].in(inBeForms) || d.toks[b].is("became", "becomes", "become", "remains", "remained")) {
			// "who was among the first …": the phrase names the
			// relative pronoun's antecedent better than the pronoun.
			if subj, ok := x.npBack(b-1, s0); ok && !(subj.first == subj.last && d.toks[subj.first].is("who", "which", "that")) {
				src = subj
			}
		}
		end := x.contentEnd(last+1, s1)
		if np.first == s0 {
			// "The first mayor to back her was Ann Lee": the phrase is the
			// subject, and the one it names follows the copula. The
			// copula ends the object even when no name follows it ("…
			// was, in the end, Ann Lee", "… was not a lawyer").
			for j := last + 1; j < end; j++ {
				if d.inq[j] < 0 && d.toks[j].is("was", "is", "were", "are") {
					if f, g, ok := x.npForward(j+1, s1); ok {
						src = tspan{f, g}
					}
					end = j
					break
				}
			}
		}
		h := hit{first: v, last: last, c: cue{lemma: d.toks[v].lower, class: other, form: base}}
		content := x.forward(h, last+1, end)
		if len(content) == 0 {
			continue
		}
		x.add(attr{how: "ranked", src: src, cue: tspan{v, last}, sent: s, cut: -1, content: content})
	}
}

// relativeStances are the verbs of stance whose object a relative
// pronoun may be: "the deal, which most senators opposed".
var relativeStances = set("support", "supports", "supported", "back", "backs", "backed",
	"oppose", "opposes", "opposed", "endorse", "endorses", "endorsed", "favor", "favors", "favored",
	"prefer", "prefers", "preferred")

// questionTakers take a question word after them ("decide whom to
// back", "no matter which one they favor"), and the lexicon leaves them
// out.
var questionTakers = set("decide", "decides", "decided", "deciding", "know", "knew", "matter",
	"unsure", "sure", "wonder", "wondered", "choose", "chose", "pick", "picked", "see", "saw", "learn")

// objectRelative attributes, in sentence s, a stance whose object is a
// relative pronoun: "a levy, which she supports but …", "Okafor, whom
// many on the council had backed in the belief …". The subject between the
// pronoun and the verb holds the stance on the pronoun, the content, as
// PolNeAR marks it; frame would take what follows the verb for its
// object, so its reading, if any, is dropped. A question word after a
// verb or a preposition ("decide whom to back", "asked which one she
// preferred") has no antecedent and is left alone.
func (x *extractor) objectRelative(s int) {
	d := x.d
	s0, s1 := d.sents[s][0], d.sents[s][1]
	for k := s0 + 1; k+2 < s1; k++ {
		t := &d.toks[k]
		if d.inq[k] >= 0 || !t.is("who", "whom", "which") {
			continue
		}
		p := &d.toks[k-1]
		if !(p.text == "," || p.kind == word && !p.in(inStopWords) && !p.in(inPrepositions) && !p.in(inBetween) && !finiteVerb(p)) {
			continue
		}
		if _, verb := p.listed(); verb || questionTakers[p.lower] {
			continue
		}
		f, g, ok := x.npForward(k+1, s1)
		if !ok || g-f > 8 || d.toks[f].is("is", "was", "are", "were", "has", "have", "had", "will", "would") {
			continue
		}
		v := g + 1
		for v < s1 && d.inq[v] < 0 && (d.toks[v].in(inBetween) || adverb(&d.toks[v])) {
			v++
		}
		if v+1 >= s1 || d.inq[v] >= 0 || !relativeStances[d.toks[v].lower] {
			continue
		}
		if n := &d.toks[v+1]; !(n.kind == punct || n.is("in", "as", "but", "and", "during", "when", "while", "because", "before", "after", "until", "since")) {
			continue
		}
		x.dropCue(s, v)
		x.add(attr{how: "objectRelative", src: tspan{f, g}, cue: tspan{v, v}, sent: s, cut: -1, content: []tspan{{k, k}}})
	}
}

// participleBy attributes, in sentence s, a stance in a participle set
// off after a noun phrase: "the levy, opposed by most unions, passed",
// "Ann Lee — backed by the governor — won". The agent after "by" holds
// the stance on the phrase before. Without the comma ("a plan backed by
// donors") the participle is as often a mere description, and PolNeAR
// marks it less than half the time.
func (x *extractor) participleBy(s int) {
	d := x.d
	s0, s1 := d.sents[s][0], d.sents[s][1]
	for v := s0 + 2; v+2 < s1; v++ {
		t := &d.toks[v]
		if d.inq[v] >= 0 || x.cued[v] || !t.is("opposed", "backed", "endorsed", "supported", "favored") || !d.toks[v+1].is("by") {
			continue
		}
		c := v - 1
		for c > s0 && d.inq[c] < 0 && adverb(&d.toks[c]) {
			c--
		}
		if c <= s0 || d.inq[c] >= 0 || !(d.toks[c].text == "," || isDashToken(d.toks, c)) {
			continue
		}
		obj, ok := x.npBack(c-1, s0)
		if !ok {
			continue
		}
		f, g, ok := x.npForward(v+2, s1)
		if !ok {
			continue
		}
		x.add(attr{how: "participleBy", src: tspan{f, g}, cue: tspan{c + 1, v}, sent: s, cut: -1, content: []tspan{obj}})
	}
}

// asides are the hows of the stances that rankedCue, objectRelative
// and participleBy read off a phrase inside a sentence: they are added
// after the sentence's own statements.
var asides = set("ranked", "objectRelative", "participleBy")

// beforeAsides steps back from attribution ai over the stances read off
// a relative clause or a participle to the statement of the same
// sentence before them, if any: "Olsen says she backs the levy, which
// the unions favor. “…”" goes on with Olsen's statement, as it would
// without the aside, not with the unions' stance.
func (x *extractor) beforeAsides(ai int) int {
	k := ai
	for k >= 0 && asides[x.attrs[k].how] {
		k--
	}
	if k >= 0 && k < ai && x.attrs[k].sent == x.attrs[ai].sent {
		return k
	}
	return ai
}

// outermost returns the attribution whose content holds the cue of
// attribution ai, in the same sentence, and so on out; ai itself if
// none does. "Olsen says she backs the mayor. “…”": the
// quotation goes on with Olsen's statement, not with the stance inside
// it.
func (x *extractor) outermost(ai int) int {
	for ai > 0 {
		a := &x.attrs[ai]
		outer := -1
		for k := ai - 1; k >= 0 && x.attrs[k].sent == a.sent; k-- {
			for _, c := range x.attrs[k].content {
				if c.first <= a.cue.first && a.cue.last <= c.last {
					outer = k
				}
			}
		}
		if outer < 0 {
			return ai
		}
		ai = outer
	}
	return ai
}

// tallyAt reports whether a poll's tally starts at token k, before end:
// "favored Lee 70 percent to 12 percent", "backed her, 60% to 31%". It
// tells by how much the stance was taken, not what it is about.
func (x *extractor) tallyAt(k, end int) bool {
	d := x.d
	if k < end && d.toks[k].text == "," {
		k++
	}
	return k+1 < end && d.inq[k] < 0 && (number(&d.toks[k]) || strings.HasSuffix(d.toks[k].text, "%")) && d.toks[k+1].is("percent", "%", "points", "to", "percentage")
}

// gerundNoun reports whether the gerund of hit h, after token b, is a
// noun or a phrasal verb rather than a participle of the noun before
// it: after a preposition ("held off on endorsing Lee", "a case for
// opposing it") or before a particle ("backing away from the plan").
func (x *extractor) gerundNoun(h hit, b int) bool {
	d := x.d
	if d.toks[b].in(inPrepositions) {
		return true
	}
	n := h.last + 1
	return n < len(d.toks) && d.inq[n] < 0 && d.toks[n].is("up", "down", "off", "away", "out", "from")
}
