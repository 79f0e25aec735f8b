package quotes

import "strings"

// Attributions framed by a preposition or an adverb rather than a verb of
// speech: "in Dr. Osei's view, …", "To Ms. Ruiz, the vote was …", "By the
// union's count, …", "The fund is reportedly buying …". Each shape is
// narrow on purpose: "in", "to", "by" and "for" open far more phrases that
// attribute nothing ("In other words", "To be sure", "By Friday").

// framed finds the attributions of sentence s that a framing phrase
// gives.
func (x *extractor) framed(s int) {
	x.reportedly(s)
	x.inView(s)
	x.toPerson(s)
	x.byCount(s)
	x.headlineTo(s)
	x.onWhy(s)
}

// clauseBounds returns the clause around token k in [s0, s1): after the
// last semicolon, dash or opening parenthesis before k, up to the first
// such mark after k (or the sentence end), without the final
// punctuation. ok is false when nothing is left after k.
func (x *extractor) clauseBounds(s0, s1, k int) (first, last int, ok bool) {
	d := x.d
	first = s0
	for j := k - 1; j > s0; j-- {
		if d.inq[j] < 0 && (d.toks[j].text == ";" || d.toks[j].text == "(" || isDashToken(d.toks, j)) {
			first = j + 1
			break
		}
	}
	last = s1 - 1
	for j := k + 1; j < s1; j++ {
		if d.inq[j] < 0 && (d.toks[j].text == ";" || d.toks[j].text == ")" || isDashToken(d.toks, j)) {
			last = j - 1
			break
		}
	}
	for last > k && d.toks[last].kind == punct && d.inq[last] < 0 {
		last--
	}
	return first, last, last > k
}

// free reports whether tokens [f, g] are narrative no attribution has
// taken yet.
func (x *extractor) free(f, g int) bool {
	for k := f; k <= g; k++ {
		if x.d.inq[k] >= 0 || x.claimed[k] || x.cued[k] {
			return false
		}
	}
	return true
}

// reportedly reads "The fund is reportedly buying shares": a report
// without a reporter. The content is the clause without the adverb, and
// there is no speaker. Not in a relative clause ("the mayor, who
// reportedly …"), which describes someone, nor after a comma (", reportedly
// winning …"), an aside on a clause already told, nor in a title-case
// headline, where the capital hides the sentence's shape.
func (x *extractor) reportedly(s int) {
	d := x.d
	s0, s1 := d.sents[s][0], d.sents[s][1]
	for k := s0; k < s1; k++ {
		t := &d.toks[k]
		if t.lower != "reportedly" || d.inq[k] >= 0 {
			continue
		}
		if k > s0 && (t.capital() || d.toks[k-1].is("who", "which", "that", "whom", ",")) {
			continue
		}
		first, last, ok := x.clauseBounds(s0, s1, k)
		if !ok || !x.free(first, last) {
			continue
		}
		// "In total, the group has reportedly …": an opening phrase is
		// not part of the report.
		if d.toks[first].in(inIntroPreps) || d.toks[first].in(inPrepositions) {
			for j := first + 1; j < k-1; j++ {
				if d.toks[j].text == "," && d.inq[j] < 0 {
					first = j + 1
					break
				}
			}
		}
		// "… has reportedly hired 40 staff, leaving …": a participle after
		// a comma adds the writer's comment.
		for j := k + 1; j < last; j++ {
			if n := &d.toks[j+1]; d.toks[j].text == "," && d.inq[j] < 0 && n.kind == word && strings.HasSuffix(n.lower, "ing") && !n.capital() {
				last = j - 1
				break
			}
		}
		// A participle right after the adverb ("The firm reportedly,
		// leaving town, sold …") leaves nothing of the clause after it.
		if last <= k {
			continue
		}
		var content []tspan
		switch {
		case k == first && d.toks[k+1].text == ",":
			// "Reportedly, he met the donors twice."
			if k+2 <= last {
				content = []tspan{{k + 2, last}}
			}
		case k > first:
			content = []tspan{{first, k - 1}, {k + 1, last}}
		}
		if len(content) == 0 {
			continue
		}
		x.add(attr{how: "reportedly", src: none, cue: tspan{k, k}, sent: s, cut: -1, content: content})
		return
	}
}

// viewNouns name an opinion held by the possessor before them: "in
// Dr. Osei's view", "in her estimation".
var viewNouns = set("view", "mind", "opinion", "estimation", "judgment", "judgement", "assessment")

// inView reads "in Dr. Osei's view" and "in her estimation": the
// possessor holds the clause around the phrase. A first-person "in my
// view" sits inside a quotation, which has its own attribution.
func (x *extractor) inView(s int) {
	d := x.d
	s0, s1 := d.sents[s][0], d.sents[s][1]
	for k := s0; k+2 < s1; k++ {
		if !d.toks[k].is("in") || d.inq[k] >= 0 {
			continue
		}
		var src tspan
		n := k + 1
		if d.toks[n].is("his", "her", "their") {
			src, n = tspan{n, n}, n+1
		} else {
			// A name of up to four capitalized words, then "'s".
			j := n
			for j < s1 && j < n+4 && d.toks[j].capital() && d.toks[j].kind == word && d.inq[j] < 0 {
				j++
			}
			if j == n || j+1 >= s1 || d.toks[j].lower != "'s" {
				continue
			}
			src, n = tspan{n, j - 1}, j+1
		}
		if n >= s1 || !viewNouns[d.toks[n].lower] || d.inq[n] >= 0 {
			continue
		}
		first, last, _ := x.clauseBounds(s0, s1, k)
		var content []tspan
		next := ""
		if n+1 < s1 {
			next = d.toks[n+1].text
		}
		switch {
		case k == first && next == ",":
			// "In Dr. Osei's view, the plan is too slow."
			if n+2 <= last {
				content = []tspan{{n + 2, last}}
			}
		case k > first && d.toks[k-1].is("which", "who", "that"):
			// "…, which in her view has grown stronger."
			if n+1 <= last {
				content = []tspan{{k - 1, k - 1}, {n + 1, last}}
			}
		case k > first+1 && d.toks[k-1].text == "," && next == ",":
			// "The best step, in his view, would be a tax cut."
			if n+2 <= last {
				content = []tspan{{first, k - 2}, {n + 2, last}}
			}
		case k > first && n+1 >= s1-1:
			// "… is too slow, in Dr. Osei's view."
			e := k - 1
			if d.toks[e].text == "," {
				e--
			}
			if e >= first {
				content = []tspan{{first, e}}
			}
		}
		if len(content) == 0 {
			continue
		}
		if !x.free(content[0].first, content[len(content)-1].last) {
			continue
		}
		x.add(attr{how: "view", src: src, cue: tspan{k, n}, sent: s, cut: -1, content: content})
		return
	}
}

// toGroups are the pronouns and quantifiers that stand for people after
// a sentence's opening "To": "To many, the ruling was overdue."
var toGroups = set("them", "him", "her", "us", "many", "most", "some", "others")

// toPerson reads a sentence that opens "To Ms. Ruiz, …" or "To many, …":
// what follows is how it seems to them. The person is a name (its last
// word capitalized, no determiner: not "To the surprise of …", "To be
// sure") or a pronoun or quantifier of toGroups.
func (x *extractor) toPerson(s int) {
	d := x.d
	s0, s1 := d.sents[s][0], d.sents[s][1]
	k := s0
	if k+4 < s1 && d.toks[k].is("but", "yet") && d.toks[k+1].is("to") && !d.toks[k+1].capital() {
		k++ // "But to others, …"
	} else if !d.toks[k].capital() {
		return
	}
	if k+3 >= s1 || !d.toks[k].is("to") || d.inq[k] >= 0 {
		return
	}
	c := k + 1
	for c < s1 && c < k+6 && d.toks[c].kind == word && d.inq[c] < 0 {
		c++
	}
	if c >= s1 || c == k+1 || d.toks[c].text != "," || d.inq[c] >= 0 {
		return
	}
	f := &d.toks[k+1]
	switch {
	case c == k+2 && toGroups[f.lower]:
	case f.capital() && !f.in(inDeterminers) && !f.in(inStopWords) && d.toks[c-1].capital():
		for j := k + 1; j < c; j++ {
			if finiteVerb(&d.toks[j]) {
				return
			}
		}
	default:
		return
	}
	from := c + 1
	// "To Ms. Ruiz, who has covered the race for years, …": past the
	// relative clause.
	if from < s1 && d.toks[from].is("who") {
		for from < s1 && !(d.toks[from].text == "," && d.inq[from] < 0) {
			from++
		}
		from++
	}
	if from >= s1 {
		return
	}
	_, last, ok := x.clauseBounds(s0, s1, from)
	if !ok || !x.free(from, last) {
		return
	}
	x.add(attr{how: "to", src: tspan{k + 1, c - 1}, cue: tspan{k, k}, sent: s, cut: -1, content: []tspan{{from, last}}})
}

// countNouns name a reckoning whose owner vouches for the figure after
// it: "By the union's count, …", "By some measures, …".
var countNouns = set("count", "tally", "estimate", "estimates", "measure", "measures", "reckoning", "calculation", "calculations")

// byCount reads a sentence that opens "By the union's count," or "By
// some measures,": the rest is the count's claim, the owner ("the
// union") its speaker, none when the count has no owner.
func (x *extractor) byCount(s int) {
	d := x.d
	s0, s1 := d.sents[s][0], d.sents[s][1]
	k := s0
	if k+3 >= s1 || !d.toks[k].is("by") || !d.toks[k].capital() || d.inq[k] >= 0 {
		return
	}
	c := k + 1
	for c < s1 && c < k+8 && d.toks[c].text != "," && d.inq[c] < 0 && (d.toks[c].kind == word || d.toks[c].lower == "'s") {
		c++
	}
	if c >= s1 || d.toks[c].text != "," || !countNouns[d.toks[c-1].lower] {
		return
	}
	src := none
	for j := k + 1; j < c-1; j++ {
		if d.toks[j].lower == "'s" {
			f := k + 1
			if d.toks[f].is("the") {
				f++
			}
			if f < j {
				src = tspan{f, j - 1}
			}
			break
		}
	}
	_, last, ok := x.clauseBounds(s0, s1, c+1)
	if !ok || !x.free(c+1, last) {
		return
	}
	x.add(attr{how: "count", src: src, cue: tspan{k, c - 1}, sent: s, cut: -1, content: []tspan{{c + 1, last}}})
}

// headlineParticles follow a headline's verb as part of the cue: "to
// campaign for Ruiz", "to weigh in on the levy".
var headlineParticles = set("for", "on", "with", "against", "about")

// headlineStops end the object of a headline's verb: what follows is
// when or why, not what ("to back Ruiz in March", "to sue the county
// after the vote").
var headlineStops = set("in", "after", "amid", "despite", "at", "before")

// headlineTo reads a headline that announces what someone will do: "City
// Council to censure Mayor Diaz", "Teachers Union To Back Levy". The
// subject is a name or names (no verb: not "Senator rushes to …", no
// determiner or number: not "5 things to watch"), the cue "to" and its
// verb, the content the verb's object.
func (x *extractor) headlineTo(s int) {
	d := x.d
	s0, s1 := d.sents[s][0], d.sents[s][1]
	if s != 0 || s1-s0 > 25 || d.paras[0][1]-d.paras[0][0] > 30 {
		return // not a headline
	}
	title := x.titleCased(0)
	k := s0 + 1
	for k < s1 && k < s0+6 && !d.toks[k].is("to") {
		k++
	}
	if k >= s1-2 || !d.toks[k].is("to") || d.inq[k] >= 0 || !d.toks[s0].capital() || d.toks[s0].in(inDeterminers) || d.toks[s0].in(inStopWords) {
		return
	}
	if strings.HasSuffix(d.toks[s0].lower, "ing") {
		return // "Falling costs to …", "Trying to …"
	}
	words := 0
	for j := s0; j < k; j++ {
		t := &d.toks[j]
		if t.kind == word && t.lower != "and" {
			words++
		}
		if t.text == "," || t.lower == "and" && j > s0 && j < k-1 || t.text == "-" && !t.space {
			continue
		}
		if t.kind != word || d.inq[j] >= 0 || x.cued[j] || !t.capital() || t.in(inStopWords) || t.in(inFiniteForms) {
			return
		}
		if c, ok := t.listed(); ok && c.form != base {
			return
		}
		if title && len(t.lower) > 4 && strings.HasSuffix(t.lower, "ed") {
			return
		}
	}
	if words > 3 {
		return // "Mayor Diaz Gives Award To …": a clause in title case
	}
	for j := k + 1; j < s1; j++ {
		if d.toks[j].text == ":" {
			return // "Mayor To Residents: Stay Indoors", the colon's form
		}
	}
	v := k + 1
	if vt := &d.toks[v]; vt.kind != word || d.inq[v] >= 0 || vt.in(inDeterminers) || !title && vt.capital() {
		return
	}
	cue := tspan{k, v}
	if v+1 < s1 && headlineParticles[d.toks[v+1].lower] {
		cue.last = v + 1
	}
	first := cue.last + 1
	last := first
	for last+1 < s1 && !(d.inq[last+1] < 0 && (headlineStops[d.toks[last+1].lower] || d.toks[last+1].kind == punct && !d.toks[last+1].is("-", "'s", "‘", "’", "'"))) {
		last++
	}
	if last+1 < s1 && d.toks[last+1].text == "," {
		return // "Ready to back Diaz, the mayor …": a fronted phrase
	}
	if first >= s1 || d.toks[first].kind != word || !x.free(first, last) {
		return
	}
	x.add(attr{how: "headlineTo", src: tspan{s0, k - 1}, cue: cue, sent: s, cut: -1, content: []tspan{{first, last}}})
}

// onWhy reads a paragraph that is a title naming someone and what they
// explain: "Ana Ruiz On Why Small Towns Vote Early", "Pruitt on how the
// league lost its fans". The title must open its paragraph and name
// nobody but the speaker before "on".
func (x *extractor) onWhy(s int) {
	d := x.d
	s0, s1 := d.sents[s][0], d.sents[s][1]
	p := d.paraOf[s0]
	if d.paras[p][1]-s0 > 25 {
		return
	}
	// Only a list's number may come before it in the paragraph: "14\nAna
	// Ruiz On Why …".
	for j := d.paras[p][0]; j < s0; j++ {
		if strings.Trim(d.toks[j].text, "0123456789.") != "" {
			return
		}
	}
	f := s0
	k := f
	for k < s1 && k < f+4 && d.toks[k].capital() && d.toks[k].kind == word && !d.toks[k].in(inStopWords) && d.inq[k] < 0 && !x.cued[k] {
		k++
	}
	if k == f || k+2 >= s1 || !d.toks[k].is("on") || !d.toks[k+1].is("why", "how", "what") || d.inq[k] >= 0 {
		return
	}
	_, last, ok := x.clauseBounds(s0, s1, k+1)
	if !ok {
		return
	}
	// A title may quote a word ("… Feel “Unseen”"); it must not be
	// anyone else's statement already.
	for j := k + 1; j <= last; j++ {
		if x.claimed[j] || x.cued[j] {
			return
		}
	}
	x.add(attr{how: "onWhy", src: tspan{f, k - 1}, cue: tspan{k, k}, sent: s, cut: -1, content: []tspan{{k + 1, last}}})
}

// addresser returns the last token of a headline label's speaker before
// an addressee or a topic: "Mayor To Renters: …" is the mayor's, said to
// renters, and "Mayor on the Levy: …" the mayor's, about the levy. last
// is the label's last token.
func (x *extractor) addresser(f, last int) int {
	d := x.d
	for j := f + 1; j < last; j++ {
		if d.inq[j] >= 0 {
			continue
		}
		if d.toks[j].is("to", "on") {
			return j - 1
		}
	}
	return last
}
