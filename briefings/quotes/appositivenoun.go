package quotes

import "strings"

// nounBeforeName reports whether tokens [first, last] are a short noun
// phrase in lower case after a determiner, such as "The city engineer"
// or "The operator", that the capitalized run [n, m] set off by commas
// right after it may name: "The city engineer, Tomas Brenner, said",
// "The operator, Northsea Lines, said". rolePhrase knows the common
// roles ("The mayor, Tessa Harlow,"); any other noun is read so only
// when the name is closed by a comma or the sentence's end, and the run
// is no weekday, month or word capitalized for another reason
// ("The council, However, …" names nobody).
func (r *resolver) nounBeforeName(first, last, n, m int) bool {
	d := r.d
	if last-first < 1 || last-first > 3 || !d.toks[first].is("the", "a", "an", "her", "his", "their", "its", "our") {
		return false
	}
	for k := first + 1; k <= last; k++ {
		t := &d.toks[k]
		if t.kind != word || t.capital() || t.in(inStopWords|inDeterminers) {
			return false
		}
	}
	if m+1 >= len(d.toks) || !d.toks[m+1].is(",", ".") || d.sentOf[n] != d.sentOf[first] {
		return false
	}
	for k := n; k <= m; k++ {
		t := &d.toks[k]
		if weekdays[t.lower] || monthWords[t.lower] || t.in(inStopWords|inDeterminers|inBetween|inIntroPreps|inTimeWords|inSentenceOpeners) {
			return false
		}
	}
	return true
}

// unknownSubject is antecedentOf's last resort for "he" or "she" at token
// k: a person named with two or three words whose first is no first name
// the lists know, so that nothing yet says the name is a person's, who
// opened one of the three sentences before k or k's own as its subject,
// with nobody else named between, and whom the text since calls "her" (or
// "his") or gives an age: "Aino Laakso runs the ferry café. Her regulars
// … “…,” she said." A company's name opens sentences as well ("Baltic
// Tern runs three ferries. … she said"): without such a sign the pronoun
// stays unnamed, as a wrong name is worse than none. -1 otherwise.
func (r *resolver) unknownSubject(k, before int) int {
	d := r.d
	if before == 0 {
		return -1
	}
	m := r.mentions[before-1]
	p := &r.people[m.person]
	if p.human || p.gender != 0 || len(p.parts) < 2 || len(p.parts) > 3 || firstName(p.parts[0]) != 0 ||
		d.sentOf[m.tok] < d.sentOf[k]-3 || !r.subject(m.tok) || d.inq[m.tok] >= 0 {
		return -1
	}
	// The name is the subject of a verb: "Aino Laakso runs", not a
	// place or a company's name at the head of a list.
	e := m.tok + len(p.parts)
	if e >= len(d.toks) {
		return -1
	}
	// "Aino Laakso, 61, runs": an age says a person.
	if e+3 < len(d.toks) && d.toks[e].text == "," && isAge(d.toks[e+1].text) && d.toks[e+2].text == "," {
		return m.person
	}
	if d.toks[e].kind != word || d.toks[e].capital() {
		return -1
	}
	possessive := "his"
	if pronounSex(&d.toks[k]) == 'f' {
		possessive = "her"
	}
	for j := e; j < k; j++ {
		if d.inq[j] < 0 && d.toks[j].lower == possessive {
			return m.person
		}
	}
	return -1
}

// isAge reports whether w is a person's age: one to three digits.
func isAge(w string) bool {
	return len(w) > 0 && len(w) < 4 && strings.Trim(w, "0123456789") == ""
}

// officeBeforeName returns where the name starts in the capitalized run
// [i, j] that follows a title and "of" and opens with one or two words of
// the office: "Secretary of | State | Dana Whitlock", "Minister of |
// Defence | Omar Reyes" (an organisation's word such as State would
// otherwise make the run an organisation's name and the person unknown;
// another word would join the name). The name must open with a first
// name the lists know and have a surname after it. i when the run is no
// such thing.
func (r *resolver) officeBeforeName(i, j int) int {
	d := r.d
	if i < 2 || !d.toks[i-1].is("of") || !d.toks[i-2].in(inTitles) || d.sentOf[i-2] != d.sentOf[i] {
		return i
	}
	for k := i; k < j && k < i+2; k++ {
		if !d.toks[k].capital() || d.toks[k].kind != word || firstName(d.toks[k].lower) != 0 {
			return i
		}
		if f := firstName(d.toks[k+1].lower); f != 0 && k+1 < j {
			return k + 1
		}
	}
	return i
}

// titledAppositive returns the name in an appositive that gives the
// person's title with it, after a role phrase [first, last] and perhaps a
// short phrase of place: "the speaker at the forum, former Secretary of
// State Dana Whitlock,", "Her rival, Sen. Ann Lee,". The
// appositive must hold a title and end at a comma, a full stop or a
// semicolon; none otherwise.
func (r *resolver) titledAppositive(first, last int) tspan {
	d := r.d
	if !r.rolePhrase(first, last) {
		return none
	}
	c := last + 1
	// "on the stage", "at the hearing": lower-case words up to the comma.
	if c < len(d.toks) && d.toks[c].is("on", "at", "in", "from") {
		k := c + 1
		for k < len(d.toks) && k <= c+4 && d.toks[k].kind == word && !d.toks[k].capital() {
			k++
		}
		c = k
	}
	if c+1 >= len(d.toks) || d.toks[c].text != "," || d.sentOf[c] != d.sentOf[last] {
		return none
	}
	n := c + 1
	for n < len(d.toks) && n <= c+2 && d.toks[n].is("former", "then", "acting", "outgoing") {
		n++
	}
	// The run of capitalized words, joined by "of": "Secretary of State
	// Dana Whitlock".
	titled := false
	m := n - 1
	for k := n; k < len(d.toks) && k < n+8 && d.inq[k] < 0; k++ {
		t := &d.toks[k]
		if t.capital() && t.kind == word || t.kind != word && t.text == "." && k > n && d.toks[k-1].capital() {
			titled = titled || t.in(inTitles)
			m = k
			continue
		}
		if t.is("of") && k > n && k+1 < len(d.toks) && d.toks[k+1].capital() {
			continue
		}
		break
	}
	if m < n || !titled || d.toks[m].in(inTitles) || m+1 >= len(d.toks) || !d.toks[m+1].is(",", ".", ";") {
		return none
	}
	return tspan{n, m}
}
