package quotes

// roleOpener reports whether token k, the first of the capitalized
// phrase k..j, is a common noun for a role or an occupation used as a
// title: "Analyst Petra Sund said", "said Nurse Ada Ilves". Like a
// listed title ("Mayor Lena Brandt") it is the person's role, not part
// of their name, which a briefing shows as "Petra Sund". The nouns are
// roleNouns, personNouns and contestRoles; titles are split off before
// this is asked.
// Opening a sentence the word is capitalized for that alone; inside one
// a known first name must follow it ("Head Start Program" is no one).
// Guards: two name words must follow ("Fan Lirong" and "Mother
// Benedicta" are names whole), a word that is also a first name
// ("Porter Ellis Grant") is left in the name, and so is a word for a
// relation or a kind of person, which is no title but may be a name
// ("Man Tsz-kin", "Son Min-jae").
func (r *resolver) roleOpener(k, j int) bool {
	d := r.d
	if j-k < 2 || d.toks[k].kind != word || !d.toks[k].capital() || isUpperWord(d.toks[k].text) {
		return false
	}
	w := d.toks[k].lower
	if !roleNouns[w] && !personNouns[w] && !contestRoles[w] || firstName(w) != 0 || kinNouns[w] {
		return false
	}
	if firstName(d.toks[k+1].lower) != 0 {
		return true
	}
	s := d.sents[d.sentOf[k]][0]
	opens := s == k || k > 0 && d.toks[k-1].kind != word && s == k-1
	return opens && !d.toks[k+1].in(inOrgWords) && !d.toks[j].in(inOrgWords)
}

// kinNouns are personNouns for a relation or a kind of person: never a
// title before a name (see roleOpener).
var kinNouns = set("man", "woman", "son", "daughter", "mother", "father", "wife", "husband", "friend",
	"relative", "parent", "girl", "boy", "fan", "local")
