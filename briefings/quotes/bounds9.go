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
