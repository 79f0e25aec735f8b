package quotes

import "strings"

// person is someone the article names.
type person struct {
	name   string   // full name as first introduced: "Dmitry Medvedev"
	parts  []string // lower-cased name tokens, for "Medvedev" or "Mr. Medvedev"
	roles  []string // lower-cased titles and appositives: "russian president"
	gender byte     // 'm', 'f' or 0 when unknown
}

// mention is a place where the article names a person.
type mention struct {
	tok    int // first token
	person int
}

// resolver maps speaker mentions to the full names the article gave.
type resolver struct {
	d        *doc
	people   []person
	mentions []mention // in text order
}

// orgWords mark a capitalized phrase as an organisation or a place rather
// than a person.
var orgWords = set("party", "committee", "house", "post", "news", "times", "department", "council",
	"university", "foundation", "campaign", "association", "union", "kremlin", "congress", "senate",
	"court", "press", "journal", "network", "group", "institute", "center", "centre", "agency",
	"ministry", "office", "administration", "government", "nations", "league", "states", "america",
	"county", "city", "state", "republic", "army", "force", "forces", "bank", "fund", "company",
	"corp.", "inc.", "media", "cnn", "fox", "nbc", "abc", "cbs", "msnbc", "npr", "pac", "school",
	"college", "church", "club", "review", "magazine", "service", "commission", "bureau", "tribune",
	"herald", "street", "avenue", "square", "island", "river", "north", "south", "east", "west",
	"republicans", "democrats", "gop", "fbi", "cia", "pentagon", "white", "reuters", "ap", "twitter",
	"facebook", "google", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december")

var maleNames = set("john", "james", "robert", "michael", "william", "david", "richard", "joseph",
	"thomas", "charles", "donald", "barack", "bernie", "ted", "marco", "jeb", "ben", "chris", "mike",
	"paul", "rand", "mitt", "george", "bill", "joe", "tim", "jim", "dmitry", "vladimir", "kofi",
	"bashar", "mark", "steve", "stephen", "scott", "john", "kevin", "jason", "eric", "brian", "peter",
	"harry", "mitch", "lindsey", "rick", "newt", "ron", "rudy", "reince", "corey", "sean", "jeff",
	"martin", "tom", "frank", "andrew", "nick", "matt", "dan", "daniel", "jack", "lou", "rush",
	"al", "ed", "edward", "barry", "gary", "larry", "jerry", "henry", "dick", "elijah", "trey",
	"kelly", "franklin", "ronald", "jimmy", "gerald", "lyndon", "dwight", "woodrow", "abraham",
	"sergei", "xi", "shinzo", "benjamin", "francois", "emmanuel", "justin", "boris", "recep", "ali",
	"mohammed", "muhammad", "ahmed", "omar", "hamid", "kim", "adam", "ryan", "greg", "gregory")

var femaleNames = set("hillary", "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara",
	"susan", "jessica", "sarah", "karen", "nancy", "carly", "sarah", "michelle", "melania", "ivanka",
	"chelsea", "huma", "kellyanne", "elizabeth", "dianne", "nikki", "sheryl", "condoleezza", "angela",
	"theresa", "marine", "hope", "donna", "debbie", "loretta", "samantha", "susana", "jill", "laura",
	"ann", "anne", "kate", "katie", "megyn", "rachel", "maria", "amy", "kirsten", "tammy", "claire",
	"heidi", "lisa", "jeanne", "jane", "janet", "julia", "sally", "sandra", "carol", "margaret",
	"emily", "hannah", "helen", "ruth", "rosa", "sonia", "tulsi", "kamala", "sheila", "nicola")

var nonNameStarters = set("the", "a", "an", "but", "and", "in", "on", "at", "as", "if", "when", "while",
	"after", "before", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "his",
	"her", "their", "its", "our", "my", "for", "to", "from", "with", "by", "so", "yet", "or", "there",
	"what", "why", "how", "who", "where", "then", "still", "even", "also", "meanwhile", "however")

func newResolver(d *doc) *resolver {
	r := &resolver{d: d}
	r.scan()
	return r
}

// scan finds the capitalized phrases that name people, in text order.
func (r *resolver) scan() {
	d := r.d
	for i := 0; i < len(d.toks); i++ {
		if d.inq[i] >= 0 || !nameToken(&d.toks[i]) {
			continue
		}
		if pr := d.paras[d.paraOf[i]]; d.headline(pr[0], pr[1]) {
			i = pr[1] - 1
			continue
		}
		j := i
		for j+1 < len(d.toks) && d.inq[j+1] < 0 && (nameToken(&d.toks[j+1]) || d.toks[j+1].is("al-", "bin", "de", "van", "von")) && d.toks[j+1].gap == 0 {
			j++
		}
		r.phrase(i, j)
		i = j
	}
}

func nameToken(t *token) bool {
	return t.kind == word && t.capital() && !isUpperWord(t.text) || t.kind == word && t.capital() && len(t.text) <= 3
}

// phrase registers the capitalized phrase toks[i..j]: titles before the
// name become roles, the rest is a person's name when it looks like one.
func (r *resolver) phrase(i, j int) {
	d := r.d
	// "Said Comey": a cue verb opening the sentence is not a name.
	for i <= j && (nonNameStarters[d.toks[i].lower] || isSayForm(d.toks[i].lower)) {
		i++
	}
	if i > j {
		return
	}
	// Titles split a role from the name: "Russian President | Dmitry Medvedev".
	start := i
	for k := i; k <= j; k++ {
		if titles[d.toks[k].lower] {
			start = k + 1
		}
	}
	var role []string
	for k := i; k < start; k++ {
		role = append(role, strings.ToLower(strings.TrimSuffix(d.toks[k].text, ".")))
	}
	if start > j {
		return
	}
	var parts []string
	var words []string
	for k := start; k <= j; k++ {
		t := &d.toks[k]
		if orgWords[t.lower] || t.lower == "'s" {
			return
		}
		words = append(words, t.text)
		parts = append(parts, strings.ToLower(t.text))
	}
	if len(parts) == 1 {
		// A single name refers back to someone already named ("Annan").
		if pi := r.find(parts[0]); pi >= 0 {
			r.mentions = append(r.mentions, mention{tok: start, person: pi})
			r.addRoles(pi, role, start, j)
		}
		return
	}
	if len(parts) > 4 {
		return
	}
	name := strings.Join(words, " ")
	pi := r.find(parts[len(parts)-1])
	if pi < 0 {
		p := person{name: name, parts: parts}
		if maleNames[parts[0]] {
			p.gender = 'm'
		} else if femaleNames[parts[0]] {
			p.gender = 'f'
		}
		if start > 0 {
			switch d.toks[start-1].lower {
			case "mr.", "mr":
				p.gender = 'm'
			case "mrs.", "ms.", "mrs", "ms":
				p.gender = 'f'
			}
		}
		r.people = append(r.people, p)
		pi = len(r.people) - 1
	}
	r.mentions = append(r.mentions, mention{tok: start, person: pi})
	r.addRoles(pi, role, start, j)
}

// addRoles records the titles before a name and an appositive after it
// ("Kofi Annan, the United Nations and Arab League special envoy,").
func (r *resolver) addRoles(pi int, role []string, start, j int) {
	d := r.d
	p := &r.people[pi]
	if len(role) > 0 {
		p.roles = append(p.roles, strings.Join(role, " "))
	}
	if j+2 < len(d.toks) && d.toks[j+1].text == "," && d.toks[j+2].is("the", "a", "an") {
		var words []string
		for k := j + 3; k < len(d.toks) && k < j+20; k++ {
			t := &d.toks[k]
			if t.kind != word || d.inq[k] >= 0 {
				break
			}
			words = append(words, strings.ToLower(strings.TrimSuffix(t.text, ".")))
		}
		if len(words) > 0 {
			p.roles = append(p.roles, strings.Join(words, " "))
		}
	}
}

// find returns the person one of whose name parts is w, the latest first.
func (r *resolver) find(w string) int {
	for pi := len(r.people) - 1; pi >= 0; pi-- {
		for _, p := range r.people[pi].parts {
			if p == w {
				return pi
			}
		}
	}
	return -1
}

// resolve names the speaker of mention src: its full name, and whether
// the name is a guess.
func (r *resolver) resolve(src tspan, unsure bool) (string, bool) {
	d := r.d
	first, last := src.first, src.last
	// Of an appositive phrase ("his top aide, Tad Devine") the part with
	// a name names the speaker, else the first part.
	for k := first; k <= last; k++ {
		if d.toks[k].text == "," || isDashToken(d.toks, k) {
			for j := k + 1; j <= last; j++ {
				if d.toks[j].capital() {
					if name, u := r.resolve(tspan{k + 1, last}, unsure); name != "" {
						return name, u
					}
					break
				}
			}
			last = k - 1
			break
		}
	}
	if last < first {
		return "", unsure
	}
	head := &d.toks[first]
	if first == last {
		switch head.lower {
		case "he", "she":
			g := byte('m')
			if head.lower == "she" {
				g = 'f'
			}
			return r.pronoun(first, g)
		case "i", "we", "they", "it", "you", "who", "which":
			return "", unsure
		}
	}
	// A known person named in the phrase: the last capitalized token that
	// is a name part ("Mr. Garin", "Medvedev").
	for k := last; k >= first; k-- {
		t := &d.toks[k]
		if !t.capital() {
			continue
		}
		if pi := r.findBefore(strings.ToLower(t.text), k); pi >= 0 {
			return r.people[pi].name, unsure
		}
	}
	// A title or role the article gave someone: "the Russian president".
	var words []string
	for k := first; k <= last; k++ {
		if t := &d.toks[k]; !determiners[t.lower] {
			words = append(words, strings.ToLower(strings.TrimSuffix(t.text, ".")))
		}
	}
	if role := strings.Join(words, " "); role != "" && !d.toks[last].capital() || len(words) > 1 {
		if pi := r.byRole(strings.Join(words, " "), first); pi >= 0 {
			return r.people[pi].name, unsure
		}
	}
	// A capitalized phrase the article never tied to a person: an
	// organisation or a person named once. Shown as written.
	if d.toks[last].capital() {
		return string(d.rs[d.toks[first].start:d.toks[last].end]), unsure
	}
	return "", unsure
}

// findBefore is find limited to people named before token k.
func (r *resolver) findBefore(w string, k int) int {
	best := -1
	for _, m := range r.mentions {
		if m.tok > k {
			break
		}
		for _, p := range r.people[m.person].parts {
			if p == w {
				best = m.person
			}
		}
	}
	return best
}

// byRole finds the person named before token k whose title or appositive
// ends with role ("special envoy" for "the United Nations and Arab League
// special envoy").
func (r *resolver) byRole(role string, k int) int {
	best := -1
	for _, m := range r.mentions {
		if m.tok > k {
			break
		}
		for _, pr := range r.people[m.person].roles {
			if pr == role || strings.HasSuffix(pr, " "+role) {
				best = m.person
			}
		}
	}
	return best
}

// pronoun resolves "he" or "she" at token k to the most recent person of
// a compatible gender named before it. Several candidates in the same
// sentence make the answer unsure.
func (r *resolver) pronoun(k int, g byte) (string, bool) {
	for i := len(r.mentions) - 1; i >= 0; i-- {
		m := r.mentions[i]
		if m.tok >= k {
			continue
		}
		p := &r.people[m.person]
		if p.gender != 0 && p.gender != g {
			continue
		}
		if p.gender == 0 {
			p.gender = g // what the article calls them from now on
		}
		return p.name, false
	}
	return "", true
}
