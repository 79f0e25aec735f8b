package quotes

// closingRemark reports whether the parenthesis that opens at k closes
// the sentence and holds a remark of its own: "… raised wages (with less
// force than his rival)." The narrator's aside is no part of the
// statement before it. A short one names or labels what precedes it
// ("(D-Ore.)", "(ACA)", "(37% to 28%)") and stays, as does a quotation
// that glosses it.
func (x *extractor) closingRemark(k, s1 int) bool {
	d := x.d
	words := 0
	for j := k + 1; j < s1; j++ {
		t := &d.toks[j]
		if t.text == "(" {
			return false
		}
		if t.text != ")" {
			if t.kind == word && d.inq[j] < 0 {
				words++
			}
			continue
		}
		for j++; j < s1; j++ {
			if d.toks[j].kind != punct || d.toks[j].text == "(" {
				return false // the sentence goes on after the parenthesis
			}
		}
		return words >= 4
	}
	return false
}

// speakerAppositive reports whether the comma at k, after a speaker
// named after the cue, opens a noun phrase that describes that speaker
// rather than the rest of the statement: "…, said Ann Cole, a housing
// expert who has written on it", "…, said Tom Reed, director of the
// center". A phrase followed by its own verb is the statement's subject
// resuming ("…, said Reed, the plan will fail"), and one followed by a
// comma and a clause (not a relative one) closed an appositive the
// clause resumes after ("The point, says Reed, a historian, is that …").
func (x *extractor) speakerAppositive(k, s1 int) bool {
	d := x.d
	if k+1 >= s1 || d.toks[k].text != "," || d.inq[k+1] >= 0 {
		return false
	}
	_, g, ok := x.npForward(k+1, s1)
	if !ok || g+1 >= s1 {
		return ok
	}
	n := &d.toks[g+1]
	if n.text == "," && g+2 < s1 && !d.toks[g+2].is("who", "whose", "whom", "which", "where") && x.clauseAhead(g+2, s1) {
		return false
	}
	return !(finiteVerb(n) || n.in(inBetween) || n.in(inModals))
}
