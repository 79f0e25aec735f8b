package quotes

import (
	_ "embed"
	"slices"
	"sort"
	"strings"
	"sync"
)

// person is someone the article names.
type person struct {
	name   string   // full name as first introduced: "Dmitry Medvedev"
	parts  []string // lower-cased name tokens, for "Medvedev" or "Mr. Medvedev"
	roles  []string // lower-cased titles and appositives: "russian president"
	gender byte     // 'm', 'f' or 0 when unknown
	// human is set when something says the phrase names a person rather
	// than a place, an event or an organisation: a known first name, a
	// title or an appositive, or a cue of which it is the speaker. Only
	// such people are antecedents of "he" and "she".
	human bool
	// byFirst marks someone known only by a single name that is a
	// common first name ("Melanie"); it may turn out to be a surname
	// ("Clinton", then "Hillary Clinton").
	byFirst bool
}

// mention is a place where the article names a person.
type mention struct {
	tok     int // first token
	person  int
	speaker bool // inside the speaker mention of a statement
}

// resolver maps speaker mentions to the full names the article gave.
type resolver struct {
	d        *doc
	people   []person
	mentions []mention             // in text order
	unnamed  []tspan               // speakers named by no name ("A local shopkeeper"), in text order
	srcs     []tspan               // every speaker mention, in text order
	pairs    map[[2]string]mention // see fullName
	roles    map[string][]int      // see byRole
	seen     [][]int               // see byRole
	frozen   *mentionIndex         // see freeze
}

// orgWords mark a capitalized phrase as an organisation or a place rather
// than a person.
// surnameWords are orgWords that are also surnames ("Tom Hill", "Theresa
// May"): after a first name they end a person's name.
var surnameWords = set("hill", "may", "white", "north", "south", "west", "east", "post", "day", "fox", "street", "church", "bank", "house")

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
	"october", "november", "december", "institution", "coalition", "caucus", "alliance", "society",
	"organization", "board", "authority", "federation", "show", "war", "hill", "mall", "islands",
	"amendment", "act", "day", "museum", "memorial", "convention", "summit", "olympics",
	"foods", "motors", "airlines", "airways", "energy", "systems", "technologies", "pharmaceuticals",
	"holdings", "capital", "partners", "entertainment", "industries", "enterprises", "labs", "brands",
	"logistics", "insurance", "financial", "securities", "rail", "telecom", "communications",
	"software", "networks", "stores", "markets", "ltd", "plc", "llc", "corporation", "co.", "united")

var maleNames = set("tyler", "hunter", "john", "james", "robert", "michael", "william", "david", "richard", "joseph",
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
	// Each name is looked up among those before it: indexed, as they
	// come in text order, so that a page of thousands of names is not
	// quadratic.
	r.freeze()
	defer func() { r.frozen = nil }()
	// Whether a paragraph is a headline or a byline is asked once per
	// paragraph, not at each name in it: a paragraph of names with a
	// lower-case word only at its end would be read once per name.
	askedPara, skipPara := -1, false
	for i := 0; i < len(d.toks); i++ {
		if d.inq[i] >= 0 || !nameToken(&d.toks[i]) {
			continue
		}
		if p := d.paraOf[i]; p != askedPara {
			pr := d.paras[p]
			askedPara, skipPara = p, d.headline(pr[0], pr[1]) || byline(d, pr[0], pr[1])
		}
		if skipPara {
			i = d.paras[askedPara][1] - 1
			continue
		}
		j := i
		for {
			// "Institute for Fiscal Studies", "Bank of England": an
			// organisation's name runs on over its "for" or "of".
			if n := j + 1; n+1 < len(d.toks) && d.toks[j].in(inOrgWords) && d.toks[n].is("for", "of", "on") && d.inq[n+1] < 0 && nameToken(&d.toks[n+1]) && d.sentOf[n+1] == d.sentOf[j] {
				j = n + 1
				continue
			}
			// "the Royal Society for the Protection of Birds".
			if n := j + 1; n+2 < len(d.toks) && d.toks[j].in(inOrgWords) && d.toks[n].is("for", "of") && d.toks[n+1].is("the") && d.inq[n+2] < 0 && nameToken(&d.toks[n+2]) && d.sentOf[n+2] == d.sentOf[j] {
				j = n + 2
				continue
			}
			// "Greater Manchester Fire and Rescue Service": names joined by
			// "and" that end in an organisation's word.
			if n := j + 1; n+1 < len(d.toks) && d.toks[n].is("and", "&") && d.inq[n+1] < 0 && nameToken(&d.toks[n+1]) && d.sentOf[n+1] == d.sentOf[j] && r.orgRunAt(n+1) {
				j = n + 1
				continue
			}
			if j+1 < len(d.toks) && d.inq[j+1] < 0 && (nameToken(&d.toks[j+1]) || d.toks[j+1].is("al-", "bin", "de", "van", "von")) && d.toks[j+1].gap == 0 && d.sentOf[j+1] == d.sentOf[j] {
				j++
				continue
			}
			break
		}
		// "Sarah Quinlan KC", "Rebecca Lowe MP": post-nominal letters.
		if j > i && d.toks[j].is("kc", "qc", "mp", "mep", "msp", "obe", "mbe", "cbe", "jr.", "sr.", "jr", "sr", "iii") {
			j--
		}
		r.phrase(i, j)
		i = j
	}
}

func nameToken(t *token) bool {
	if party(t) {
		return false // "D-Mo." labels a name; it is not one
	}
	return t.kind == word && t.capital() && !isUpperWord(t.text) || t.kind == word && t.capital() && len(t.text) <= 3
}

// phrase registers the capitalized phrase toks[i..j]: titles before the
// name become roles, the rest is a person's name when it looks like one.
func (r *resolver) phrase(i, j int) {
	d := r.d
	// "Said Comey", "Although Scott": a cue verb or a function word
	// opening the sentence is capitalized for that reason alone.
	for i <= j && (nonNameStarters[d.toks[i].lower] || isSayForm(d.toks[i].lower) || r.sentenceWord(i)) {
		i++
	}
	if i > j {
		return
	}
	// Titles split a role from the name: "Russian President | Dmitry Medvedev".
	start := i
	for k := i; k <= j; k++ {
		if d.toks[k].in(inTitles) {
			start = k + 1
		}
	}
	// "Analyst Petra Sund", "said Nurse Ada Ilves": a role noun used as
	// a title is a role too.
	if start == i && r.roleOpener(i, j) {
		start = i + 1
	}
	// "Secretary of State Dana Whitlock": the office is no part of the name.
	office := false
	if start == i {
		start = r.officeBeforeName(i, j)
		office = start > i
	}
	titled := start > i
	// A party or similar descriptor before a first name is a role too:
	// "Republican | Donald Trump".
	for start < j && descriptors[d.toks[start].lower] && firstName(d.toks[start+1].lower) != 0 {
		start++
	}
	var role []string
	// "Chief executive Marc Oyelaran", "coach Dwight Alvarez": titles
	// in lower case before the capitalized name are its role too.
	b := i
	for b > 0 && b > i-3 && d.inq[b-1] < 0 && d.toks[b-1].in(inTitles) && d.sentOf[b-1] == d.sentOf[i] {
		b--
	}
	if office {
		role = append(role, strings.ToLower(strings.TrimSuffix(d.toks[i-2].text, ".")), "of")
	}
	for k := b; k < start; k++ {
		role = append(role, strings.ToLower(strings.TrimSuffix(d.toks[k].text, ".")))
	}
	if start > j {
		return
	}
	var parts []string
	var words []string
	for k := start; k <= j; k++ {
		t := &d.toks[k]
		if t.in(inOrgWords) && !(k == j && k > start && surnameWords[t.lower] && firstName(d.toks[start].lower) != 0 && j-start < 3) || t.lower == "'s" {
			return
		}
		words = append(words, t.text)
		parts = append(parts, strings.ToLower(t.text))
	}
	if len(parts) == 1 {
		// A single name refers back to someone already named ("Annan").
		pi := r.find(parts[0])
		switch {
		case pi >= 0:
		case titled && personTitles[d.toks[start-1].lower] && !isUpperWord(d.toks[start].text):
			// Or, after a title, introduces someone by it: "President
			// Obama", "Mr. Clarke" is how the article names them.
			r.people = append(r.people, person{name: string(d.rs[d.toks[start-1].start:d.toks[j].end]), parts: parts})
			pi = len(r.people) - 1
			r.frozen.addPerson(pi, parts)
		case firstName(parts[0]) != 0 && firstName(parts[0]) != 'b' && !r.sentenceWord(start) && !(start > 0 && d.toks[start-1].is("of", "in", "from", "at", "to")):
			// Or someone the article calls by a first name: "Melanie"
			// (but "of Ashton, Md." is a place, and so are names that
			// are as much a man's as a woman's more often than not).
			r.people = append(r.people, person{name: words[0], parts: parts, byFirst: true})
			pi = len(r.people) - 1
			r.frozen.addPerson(pi, parts)
		}
		if pi >= 0 {
			r.mentions = append(r.mentions, mention{tok: start, person: pi})
			r.frozen.addMention(len(r.mentions)-1, r.mentions[len(r.mentions)-1])
			r.addRoles(pi, role, start, j)
			r.sexAndKind(pi, start, titled)
		}
		return
	}
	if len(parts) > 4 {
		return
	}
	name := strings.Join(words, " ")
	pi := r.find(parts[len(parts)-1])
	if pi >= 0 && r.people[pi].byFirst {
		// "Clinton" was a surname: "Hillary Clinton".
		r.frozen.renamePerson(pi, r.people[pi].parts, parts)
		r.people[pi] = person{name: name, parts: parts, roles: r.people[pi].roles, human: r.people[pi].human}
	} else if pi >= 0 && r.people[pi].parts[0] != parts[0] && !slices.Contains(r.people[pi].parts, parts[0]) {
		// "Hillary Clinton", then "Bill Clinton": someone else. So is
		// "Michelle Obama" after "President Obama", who stays as named.
		pi = -1
	}
	if pi < 0 {
		r.people = append(r.people, person{name: name, parts: parts})
		pi = len(r.people) - 1
		r.frozen.addPerson(pi, parts)
	}
	r.mentions = append(r.mentions, mention{tok: start, person: pi})
	r.frozen.addMention(len(r.mentions)-1, r.mentions[len(r.mentions)-1])
	r.addRoles(pi, role, start, j)
	r.sexAndKind(pi, start, titled)
}

// sexAndKind records what the mention at token start says of person pi:
// a first name or an honorific gives the gender, and these or a title or
// appositive say it is a person.
func (r *resolver) sexAndKind(pi, start int, titled bool) {
	p := &r.people[pi]
	fn := firstName(p.parts[0])
	if p.gender == 0 && fn != 'b' {
		p.gender = fn
	}
	if g := r.honorific(start); g != 0 {
		p.gender = g
	}
	p.human = p.human || fn != 0 || p.gender != 0 || titled || len(p.roles) > 0
}

// honorific is the sex the honorific before token k gives ("Mr.",
// "Mrs."), or 0.
func (r *resolver) honorific(k int) byte {
	if k <= 0 || k >= len(r.d.toks) {
		return 0
	}
	switch r.d.toks[k-1].lower {
	case "mr.", "mr":
		return 'm'
	case "mrs.", "ms.", "mrs", "ms":
		return 'f'
	}
	return 0
}

// descriptors may stand before a name without being part of it.
var descriptors = set("republican", "democrat", "democratic", "gop", "libertarian", "independent",
	"conservative", "liberal", "progressive", "socialist", "green", "labour", "tory")

// firstName tells whether w is a first name: 'm' or 'f' when it is
// mostly a man's or a woman's, 'b' when it is both, 0 when it is not
// known as one. The short lists above come first; firstnames.txt holds
// the rest.
func firstName(w string) byte {
	switch {
	case demonyms[w]:
		return 0
	case maleNames[w]:
		return 'm'
	case femaleNames[w]:
		return 'f'
	case w == "jordan" || w == "pat" || w == "taylor":
		return 'b'
	}
	return firstNames()[w]
}

// demonyms name someone by their country: "the Scot told reporters" means
// the person the story was about, and none is a first name here.
var demonyms = set("scot", "dane", "swede", "finn", "brit", "pole", "czech", "greek", "turk", "welshman",
	"irishman", "frenchman", "dutchman", "englishman", "italian", "spaniard", "german", "american", "canadian",
	"australian", "argentine", "brazilian", "portuguese", "belgian", "croat", "serb", "norwegian", "russian",
	"ukrainian", "frenchwoman", "scotswoman", "kenyan", "nigerian", "japanese", "chinese", "mexican", "indian")

//go:embed firstnames.txt
var firstNamesFile string

var firstNames = sync.OnceValue(func() map[string]byte {
	m := map[string]byte{}
	for line := range strings.Lines(firstNamesFile) {
		g, name, ok := strings.Cut(strings.TrimSpace(line), " ")
		if !ok || strings.HasPrefix(g, "#") || len(g) != 1 {
			continue
		}
		m[name] = g[0]
	}
	return m
})

// sentenceWord reports whether token k opens its sentence with a word
// that is capitalized only for that: a function word, an auxiliary, an
// adverb of time ("Although", "Would", "Meanwhile", "Today").
func (r *resolver) sentenceWord(k int) bool {
	d := r.d
	if d.sents[d.sentOf[k]][0] != k && !(k > 0 && d.toks[k-1].kind != word && d.sents[d.sentOf[k]][0] == k-1) {
		return false
	}
	t := &d.toks[k]
	w := t.lower
	// "Downing Street", "Reading Borough Council": a place's name.
	place := k+1 < len(d.toks) && d.toks[k+1].capital() && d.toks[k+1].in(inOrgWords)
	if len(w) > 5 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly")) && !maleNames[w] && !femaleNames[w] && !place {
		return true // "Injecting Clinton into the race", "Separately"
	}
	return t.in(inStopWords | inBetween | inDeterminers | inIntroPreps | inTimeWords | inSentenceOpeners)
}

// sentenceOpeners are more words that open sentences and are not names
// (the function words are in stopWords, determiners and the like).
var sentenceOpeners = set("others", "thanks", "besides", "moreover", "nevertheless", "tomorrow",
	"similarly", "likewise", "overall", "otherwise", "except", "given", "whereas", "whenever",
	"wherever", "whichever")

// markSpeakers records that the people named in the speaker mentions
// srcs are people: they made statements.
func (r *resolver) markSpeakers(srcs []tspan) {
	d := r.d
	added := false
	for _, s := range srcs {
		// "A local shopkeeper", "one neighbour": a single person the
		// article does not name; not "The mayor" (a role it gave someone)
		// or "police".
		if h := d.toks[s.last].lower; personNouns[h] && !d.toks[s.last].capital() && r.byRole(h, s.first) < 0 {
			r.unnamed = append(r.unnamed, s)
		}
	}
	slices.SortFunc(r.unnamed, func(a, b tspan) int { return a.first - b.first })
	r.srcs = slices.Clone(srcs)
	slices.SortFunc(r.srcs, func(a, b tspan) int { return a.first - b.first })
	// The mentions so far, indexed: a page of thousands of speakers
	// would cost the square of their number if each looked through them.
	r.freeze()
	mentioned := map[int]bool{}
	for _, m := range r.mentions {
		mentioned[m.tok] = true
	}
	for _, s := range srcs {
		// A surname alone that speaks ("McLenney said") is someone, too,
		// though the article never gave a first name.
		if s.first == s.last && d.toks[s.first].capital() && d.toks[s.first].kind == word && !d.toks[s.first].in(inOrgWords) &&
			!d.toks[s.first].in(inSubjectPronouns) && !r.sentenceWord(s.first) && !mentioned[s.first] {
			w := d.toks[s.first].text
			pi := r.find(strings.ToLower(w))
			if pi < 0 {
				r.people = append(r.people, person{name: w, parts: []string{strings.ToLower(w)}})
				pi = len(r.people) - 1
				r.frozen.addPerson(pi, r.people[pi].parts)
			}
			r.mentions = append(r.mentions, mention{tok: s.first, person: pi})
			r.frozen.addMention(len(r.mentions)-1, r.mentions[len(r.mentions)-1])
			mentioned[s.first] = true
			added = true
		}
	}
	r.frozen = nil // the mentions are sorted and marked below
	if added {
		slices.SortFunc(r.mentions, func(a, b mention) int { return a.tok - b.tok })
		r.roles, r.pairs = nil, nil // built again with the new mentions
	}
	for _, s := range srcs {
		// "Her attorney, Paul Cole, said": the name after a role phrase
		// spoke, as resolve reads it.
		last := s.last
		if n := r.appositiveName(s.first, s.last); n.ok() {
			last = n.last
		}
		// After a noun that is no person's role ("The operator, Baltic
		// Tern, said") the name may be a company's: it spoke, but only a
		// first name or a title says it is a person.
		human := last == s.last || r.rolePhrase(s.first, s.last)
		// The mentions are in text order: those in the speaker mention
		// follow one another.
		i0, _ := slices.BinarySearchFunc(r.mentions, s.first, func(m mention, k int) int { return m.tok - k })
		for i := i0; i < len(r.mentions) && r.mentions[i].tok <= last; i++ {
			// Not a name that only modifies the speaker: "the New York
			// businessman said" says nothing of New York.
			if m := &r.mentions[i]; m.tok >= s.first && m.tok <= last && !r.modifier(s.first, m.tok, s.last) {
				m.speaker = true
				r.people[m.person].human = r.people[m.person].human || human || m.tok <= s.last
			}
		}
	}
}

// addRoles records the titles before a name and an appositive after it
// ("Kofi Annan, the United Nations and Arab League special envoy,").
func (r *resolver) addRoles(pi int, role []string, start, j int) {
	d := r.d
	p := &r.people[pi]
	if len(role) > 0 {
		p.roles = append(p.roles, strings.Join(role, " "))
		if full, ok := roleAbbreviations[role[len(role)-1]]; ok {
			p.roles = append(p.roles, full)
			if full == "representative" {
				p.roles = append(p.roles, "congressman", "congresswoman", "lawmaker")
			}
		}
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
			// "a senator from Ohio" is "the senator" too.
			for i, w := range words {
				if i > 0 && (w == "from" || w == "of" || w == "for" || w == "at" || w == "in" || w == "with" || w == "who" || w == "and") {
					p.roles = append(p.roles, strings.Join(words[:i], " "))
					break
				}
			}
		}
	}
}

// mentionsBefore returns how many mentions start before token k: they
// are in text order, so a search finds them.
func (r *resolver) mentionsBefore(k int) int {
	i, _ := slices.BinarySearchFunc(r.mentions, k, func(m mention, k int) int { return m.tok - k })
	return i
}

// mentionIn reports whether a mention starts at a token in [first, end).
func (r *resolver) mentionIn(first, end int) bool {
	i := r.mentionsBefore(first)
	return i < len(r.mentions) && r.mentions[i].tok < end
}

// find returns the person one of whose name parts is w (see findBefore),
// among everyone named so far.
func (r *resolver) find(w string) int { return r.findBefore(w, len(r.d.toks)) }

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
	// "Josh Fairbanks of Kids Online First": the person, not the group.
	for k := first + 1; k < last; k++ {
		if d.toks[k].is("of", "from", "at", "with") && d.toks[k-1].capital() && d.toks[k-1].kind == word &&
			r.mentionIn(first, k) {
			last = k - 1
			break
		}
	}
	// "Tom Smith and Ann Lee said": both of them.
	for k := first + 1; k < last; k++ {
		if d.toks[k].is("and") && d.toks[k-1].capital() && d.toks[k+1].capital() {
			a, ua := r.resolve(tspan{first, k - 1}, unsure)
			b, ub := r.resolve(tspan{k + 1, last}, unsure)
			if a != "" && b != "" {
				return a + " and " + b, ua || ub
			}
			break
		}
	}
	// "Sen. Lindsey Graham (R-S.C.)": the party and state are not the name.
	if d.toks[last].text == ")" {
		for k := last - 1; k > first; k-- {
			if d.toks[k].text == "(" {
				last = k - 1
				break
			}
		}
	}
	if last < first {
		return "", unsure
	}
	head := &d.toks[first]
	if first == last {
		switch head.lower {
		case "he", "she":
			return r.pronoun(first)
		case "it":
			// "Carrowby said completions had slowed. It said profits …":
			// the organisation that spoke just before.
			return r.orgSpoke(first), unsure
		case "who", "which":
			return r.relativeAntecedent(first, unsure)
		case "i", "we", "they", "you":
			return "", unsure
		}
	}
	// "The agency called the result …" after "NASA said …": the
	// organisation the last sentences were about.
	if last == first+1 && head.is("the") && orgNouns[d.toks[last].lower] {
		if org := r.orgBefore(first, d.toks[last].lower); org != "" {
			return org, unsure
		}
	}
	// "the 58-year-old said", "the Scot told reporters": the person the
	// last sentences were about.
	if last == first+1 && head.is("the") && (strings.HasSuffix(d.toks[last].lower, "-year-old") || demonyms[d.toks[last].lower]) {
		if pick := r.antecedentOf(last, 0); pick >= 0 {
			return r.people[pick].name, unsure
		}
	}
	// "The San Diego Fire Department": an organisation, whatever person
	// or place its name holds.
	org := d.toks[last].capital() && d.toks[last].in(inOrgWords) && last > first
	// A known person named in the phrase: the last capitalized token that
	// is a name part ("Mr. Garin", "Medvedev"), unless the name only
	// modifies the phrase's head ("the Clinton campaign", "Mr. Clarke's
	// new company", "Clinton supporters"): then the speaker is someone
	// else, unnamed.
	object := false // the name is an object in the mention: the mention is shown
	for k := last; k >= first && !org; k-- {
		t := &d.toks[k]
		if !t.capital() {
			continue
		}
		if r.modifier(first, k, last) {
			break
		}
		if r.nameAsObject(first, k) || r.nameInParticiplePhrase(first, k) {
			object = true
			break
		}
		// "Bill Clinton" after "Hillary Clinton": a full name picks the
		// person it names, not the one its surname was most used for.
		if f := k - 1; f >= first && d.toks[f].capital() && d.toks[f].kind == word && !d.toks[f].in(inTitles) {
			if pi := r.fullName(strings.ToLower(d.toks[f].text), strings.ToLower(t.text), k); pi >= 0 {
				return r.people[pi].name, unsure
			}
		}
		if pi := r.findBefore(strings.ToLower(t.text), k); pi >= 0 {
			return r.people[pi].name, unsure
		}
	}
	// "Her lawyer, David Stone, said", "said the lawyer, Mark Hill.": a
	// role phrase followed by the name it stands for.
	if n := r.appositiveName(first, last); n.ok() {
		if name, u := r.resolve(n, unsure); name != "" {
			return name, u
		}
	}
	// A title or role the article gave someone: "the Russian president".
	var words []string
	for k := first; k <= last; k++ {
		if t := &d.toks[k]; !t.in(inDeterminers) {
			words = append(words, strings.ToLower(strings.TrimSuffix(t.text, ".")))
		}
	}
	if role := strings.Join(words, " "); role != "" && !d.toks[last].capital() || len(words) > 1 {
		if pi := r.byRole(strings.Join(words, " "), first); pi >= 0 {
			return r.people[pi].name, unsure
		}
	}
	// A capitalized phrase the article never tied to a person: an
	// organisation or a person named once. Shown as written, without a
	// word capitalized only for opening the sentence ("What Mr. Obama").
	if object {
		return "", unsure
	}
	for first < last && d.toks[first].capital() && !d.toks[first].is("the", "a", "an") && r.sentenceWord(first) {
		first++
	}
	if d.toks[last].capital() && !(first == last && r.sentenceWord(first)) {
		return string(d.rs[d.toks[first].start:d.toks[last].end]), unsure
	}
	return "", unsure
}

// findBefore returns the person named before token k one of whose name
// parts is w. When several share it ("Ted Cruz" and "Heidi Cruz"), an
// honorific before token k chooses by sex ("Mrs. Clinton"); then the one
// the article has named most often so far, the first of them on a tie: a
// surname alone means the story's subject, not a relative named once.
func (r *resolver) findBefore(w string, k int) int {
	g := r.honorific(k)
	if r.frozen != nil {
		return r.frozen.findBefore(r, w, k, g)
	}
	// The people w names, in the order of their first mention, with
	// their mentions counted and whether one was a speaker's: few
	// people share a name part, so a list is searched rather than a map
	// written per mention, on pages with thousands of mentions.
	var order []named
	for _, m := range r.mentions {
		if m.tok > k {
			break
		}
		// The mention being resolved does not vote for whom it means.
		if m.tok == k && len(order) > 0 {
			continue
		}
		if !slices.Contains(r.people[m.person].parts, w) {
			continue
		}
		n := slices.IndexFunc(order, func(o named) bool { return o.person == m.person })
		if n < 0 {
			order = append(order, named{person: m.person})
			n = len(order) - 1
		}
		order[n].count++
		order[n].spoke = order[n].spoke || m.speaker
	}
	return r.mostNamed(order, g)
}

// named is a person a name part names, with their mentions before a
// token counted, the index of their first mention among all mentions
// (for the index's order) and whether one of them was a speaker's.
type named struct {
	person, count, first int
	spoke                bool
}

// mostNamed returns the person of order, listed by first mention, whom
// the name most likely means: of those whose sex fits the honorific g
// (0 if none), the one named most often; on a tie the one who has
// spoken ("The crash killed Maya Chen. Linda Chen, her mother, said …"
// then "Chen said"), then the first named. With no fit, the first
// named; -1 if order is empty.
func (r *resolver) mostNamed(order []named, g byte) int {
	if len(order) == 0 {
		return -1
	}
	best := -1
	for n, o := range order {
		if p := r.people[o.person]; g != 0 && p.gender != 0 && p.gender != g {
			continue
		}
		if best < 0 || o.count > order[best].count || o.count == order[best].count && o.spoke && !order[best].spoke {
			best = n
		}
	}
	return order[max(best, 0)].person
}

// appositiveName returns the name set off by a comma right after a role
// phrase [first, last] ("Her lawyer, David Stone,", "The Chancellor,
// Edward Blake,", "the mayor of Dayton, Ann Reed."), none when there is
// none. titledAppositive reads longer ones.
func (r *resolver) appositiveName(first, last int) tspan {
	if n := r.plainAppositive(first, last); n.ok() {
		return n
	}
	return r.titledAppositive(first, last)
}

// plainAppositive is appositiveName for a name right after the comma.
func (r *resolver) plainAppositive(first, last int) tspan {
	d := r.d
	n := last + 2
	if n >= len(d.toks) || d.toks[last+1].text != "," || d.inq[n] >= 0 || !d.toks[n].capital() || d.toks[n].kind != word {
		return none
	}
	m := n
	for m+1 < len(d.toks) && d.toks[m+1].capital() && d.toks[m+1].kind == word && m-n < 3 {
		m++
	}
	if !r.rolePhrase(first, last) && !r.nounBeforeName(first, last, n, m) {
		return none
	}
	if m+1 < len(d.toks) && !d.toks[m+1].is(",", ".", ";") && !isSayForm(d.toks[m+1].lower) {
		return none
	}
	return tspan{n, m}
}

// rolePhrase reports whether tokens [first, last] describe someone by a
// role, place and all: "the mayor of Dayton", "The Chancellor", "Labour
// MP for Hastings".
func (r *resolver) rolePhrase(first, last int) bool {
	d := r.d
	for k := first; k <= last; k++ {
		if t := &d.toks[k]; t.in(inTitles) || t.in(inRoleNouns) || roleNouns[strings.TrimSuffix(t.lower, ".")] {
			return true
		}
	}
	return false
}

// personNouns name one person by what they are, not who: a relation, a
// part in an event, or an occupation that is no role for an organisation
// ("a steward", "a porter"; roleNouns has "a spokesman for"). personNoun
// reads them as heads of a speaker's noun phrase too.
var personNouns = set("woman", "man", "neighbour", "neighbor", "resident", "witness", "shopkeeper", "owner", "fan",
	"voter", "worker", "teacher", "student", "doctor", "nurse", "driver", "passenger", "mother", "father", "wife",
	"husband", "daughter", "son", "friend", "customer", "protester", "supporter", "employee", "relative", "survivor",
	"victim", "parent", "farmer", "veteran", "shopper", "commuter", "resident", "local", "bystander", "girl", "boy",
	"steward", "porter", "guard", "caretaker", "cleaner", "waiter", "waitress", "paramedic", "firefighter",
	"volunteer", "mechanic", "pharmacist", "receptionist", "lifeguard")

// questioner reports whether the mention at k is the one asking in "Asked
// by her barrister, Sarah Quinlan KC, whether …, she replied": not whom
// the answer's pronoun means.
func (r *resolver) questioner(k int) bool {
	d := r.d
	s0 := d.sents[d.sentOf[k]][0]
	if !d.toks[s0].is("asked", "questioned", "pressed", "interviewed", "challenged") {
		return false
	}
	for j := k - 1; j > s0 && j >= k-6; j-- {
		if d.toks[j].is("by") {
			return true
		}
	}
	return false
}

// orgSpoke returns the organisation that was the speaker of the
// sentence before token k or earlier in its own: a capitalized mention
// that names no person. "" when the last speaker was someone else.
func (r *resolver) orgSpoke(k int) string {
	d := r.d
	// The speakers are in text order: those before k end at i0.
	i0, _ := slices.BinarySearchFunc(r.srcs, k, func(s tspan, k int) int { return s.first - k })
	for i := i0 - 1; i >= 0; i-- {
		s := r.srcs[i]
		if d.sentOf[s.first] < d.sentOf[k]-1 {
			return ""
		}
		// "…, Reuters reported.", "according to Reuters": the outlet
		// reporting it, not the one speaking.
		if s.last+1 < len(d.toks) && d.toks[s.last+1].is("reported", "reports") || s.first >= 2 && d.toks[s.first-2].is("according") {
			continue
		}
		if !d.toks[s.last].capital() || d.toks[s.first].in(inSubjectPronouns) {
			return ""
		}
		acronym := s.first == s.last && isUpperWord(d.toks[s.first].text) && len(d.toks[s.first].text) >= 2
		if !acronym && r.mentionIn(s.first, s.last+1) {
			return "" // a person spoke last (or a name that may be one)
		}
		return string(d.rs[d.toks[s.first].start:d.toks[s.last].end])
	}
	return ""
}

// monthWords and placeWords are organisation words that name no
// organisation on their own ("In May", "Times Square").
var monthWords = set("january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "day")
var placeWords = set("square", "street", "avenue", "river", "island", "islands", "hill", "mall", "north", "south",
	"east", "west", "county", "city", "state", "states", "america")

// orgNouns are what an article calls an organisation it named before.
var orgNouns = set("agency", "company", "firm", "bank", "ministry", "department", "group", "organization",
	"organisation", "party", "campaign", "government", "council", "court", "union", "club", "board",
	"commission", "committee", "network", "newspaper", "university", "hospital", "airline", "carrier",
	"operator", "regulator", "insurer", "retailer", "automaker", "charity", "institute", "foundation", "team",
	"federation", "association")

// orgBefore returns the organisation that opens one of the three
// sentences before token k as its subject ("NASA said …", "The Central
// Bank of Kenya raised …"), for "the <noun>" at k: an acronym, or a
// capitalized name that ends with or holds noun or an organisation's
// word, and names no person. "" when there is none.
func (r *resolver) orgBefore(k int, noun string) string {
	d := r.d
	for s := d.sentOf[k] - 1; s >= 0 && s >= d.sentOf[k]-3; s-- {
		i, end := d.sents[s][0], d.sents[s][1]
		if i < end && d.toks[i].is("the") {
			i++
		}
		// "In May,", "On Monday,": an opening, not a subject.
		if i < end && (d.toks[i].in(inIntroPreps) || d.toks[i].in(inTimeWords)) {
			continue
		}
		j := i
		for j < end && d.toks[j].kind == word && d.inq[j] < 0 && (d.toks[j].capital() || j > i && j+1 < end && d.toks[j].is("of", "for") && d.toks[j+1].capital() || r.pluralPossessiveInName(j, end)) {
			j++
		}
		acronym := j == i+1 && isUpperWord(d.toks[i].text) && len(d.toks[i].text) >= 2
		// An acronym that spoke was noted as someone; it is not a person.
		if j == i || j >= end || !acronym && r.mentionIn(i, j) {
			continue
		}
		// The subject: a verb follows ("NASA launched", "Boeing said").
		if n := &d.toks[j]; !(finiteVerb(n) || isSayForm(n.lower) || n.in(inBetween)) {
			continue
		}
		holds := false
		for t := i; t < j; t++ {
			w := &d.toks[t]
			holds = holds || w.lower == noun || w.in(inOrgWords) && !w.in(inTimeWords) && !monthWords[w.lower] && !placeWords[w.lower]
		}
		if (acronym || holds) && r.orgKindFits(noun, i, j, acronym) {
			return string(d.rs[d.toks[i].start:d.toks[j-1].end])
		}
	}
	return ""
}

// fullName returns the person named up to token k whose name has both
// parts, -1 when none.
func (r *resolver) fullName(a, b string, k int) int {
	if r.pairs == nil {
		// Each pair of a person's name parts, at that person's first
		// mention: built once, as resolving asks for every name.
		r.pairs = map[[2]string]mention{}
		for _, m := range r.mentions {
			p := r.people[m.person].parts
			for i := range p {
				for j := range p {
					if key := [2]string{p[i], p[j]}; i != j {
						if _, ok := r.pairs[key]; !ok {
							r.pairs[key] = m
						}
					}
				}
			}
		}
	}
	if m, ok := r.pairs[[2]string{a, b}]; ok && m.tok <= k {
		return m.person
	}
	return -1
}

// orgRunAt reports whether the capitalized run from token i ends in an
// organisation's word ("Rescue Service").
func (r *resolver) orgRunAt(i int) bool {
	d := r.d
	j := i
	for j+1 < len(d.toks) && d.inq[j+1] < 0 && nameToken(&d.toks[j+1]) && d.toks[j+1].gap == 0 {
		j++
	}
	return d.toks[j].in(inOrgWords)
}

// byline reports whether tokens [i, end) are a byline ("By Karen Mills",
// "By Tom Reese and Ann Cole, Reuters"): the writer is nobody the story's
// "she" can mean.
func byline(d *doc, i, end int) bool {
	if end-i < 2 || end-i > 12 || !d.toks[i].is("by") || !d.toks[i].capital() {
		return false
	}
	for k := i + 1; k < end; k++ {
		if t := &d.toks[k]; t.kind == word && !t.capital() && !t.is("and") {
			return false
		}
	}
	return true
}

// byRole finds the person named before token k whose title or appositive
// ends with role ("special envoy" for "the United Nations and Arab League
// special envoy").
func (r *resolver) byRole(role string, k int) int {
	if r.roles == nil {
		// Each ending of each person's roles ("envoy", "special envoy",
		// …), and where each person is mentioned: built once, as
		// resolving asks for every role phrase.
		r.roles = map[string][]int{}
		r.seen = make([][]int, len(r.people))
		for pi, p := range r.people {
			for _, pr := range p.roles {
				words := strings.Fields(pr)
				for i := range words {
					key := strings.Join(words[i:], " ")
					if l := r.roles[key]; len(l) == 0 || l[len(l)-1] != pi {
						r.roles[key] = append(l, pi)
					}
				}
			}
		}
		for _, m := range r.mentions {
			if m.person < len(r.seen) {
				r.seen[m.person] = append(r.seen[m.person], m.tok)
			}
		}
	}
	// The person with this role mentioned last at or before k.
	best, at := -1, -1
	for _, pi := range r.roles[role] {
		toks := r.seen[pi]
		i := sort.SearchInts(toks, k+1)
		if i > 0 && toks[i-1] > at {
			best, at = pi, toks[i-1]
		}
	}
	return best
}

// pronoun resolves "he" or "she" at token k to a person of a compatible
// sex named before it: the latest one who spoke or was a sentence's
// subject in this sentence or the two before it ("Aparna Mathur said
// Ivanka Trump's plan was vague. “…,” she said." is Mathur), else the
// latest one named in the last pronounReach sentences. It is "" and
// unsure when there is none: a wrong name is worse than none.
func (r *resolver) pronoun(k int) (string, bool) {
	pick := r.antecedent(k)
	if pick < 0 {
		return "", true
	}
	if r.people[pick].gender == 0 {
		r.people[pick].gender = pronounSex(&r.d.toks[k]) // what the article calls them from now on
	}
	return r.people[pick].name, false
}

// antecedent is pronoun's choice: the person "he" or "she" at token k
// means, or -1. It does not record the person's sex: a chain of guesses
// must not decide it (chainPronouns).
func (r *resolver) antecedent(k int) int { return r.antecedentOf(k, pronounSex(&r.d.toks[k])) }

// antecedentOf is antecedent for a mention of sex g, any sex when g is 0.
func (r *resolver) antecedentOf(k int, g byte) int {
	d := r.d
	fits := func(m mention) bool {
		p := &r.people[m.person]
		return m.tok < k && p.human && (p.gender == 0 || g == 0 || p.gender == g)
	}
	// The mentions are in text order: those before k end at before, and
	// each scan below goes back from there only as far as its sentences
	// reach, not over every mention of the text per pronoun.
	before := r.mentionsBefore(k)
	pick := -1
	for i := before - 1; i >= 0; i-- {
		m := r.mentions[i]
		if d.sentOf[m.tok] < d.sentOf[k]-2 {
			break
		}
		// Someone named earlier in the pronoun's own sentence, or who
		// spoke or was the subject in the two before it.
		if fits(m) && (d.sentOf[m.tok] == d.sentOf[k] || m.speaker || r.subject(m.tok)) && !r.questioner(m.tok) {
			pick = m.person
			break
		}
	}
	// "A local shopkeeper said trade had halved. “…,” she said.": a
	// speaker the article did not name came between; the pronoun is most
	// likely theirs, and a wrong name is worse than none.
	after := -1
	if pick >= 0 {
		for i := before - 1; i >= 0; i-- {
			if m := r.mentions[i]; m.person == pick {
				after = m.tok // the latest mention of pick before k
				break
			}
		}
	}
	// The unnamed speakers are in text order too, and sentences follow
	// one another: those that may come between start before k, after
	// after, in the sentence before k's or later.
	u0, _ := slices.BinarySearchFunc(r.unnamed, k, func(u tspan, k int) int { return u.first - k })
	for i := u0 - 1; i >= 0; i-- {
		u := r.unnamed[i]
		if u.first <= after || d.sentOf[u.first] < d.sentOf[k]-1 {
			break
		}
		if u.last < k {
			return -1
		}
	}
	if pick < 0 {
		// Else the latest one named in the last few sentences; an essay's
		// "my mother … she" names no one.
		for i := before - 1; i >= 0; i-- {
			m := r.mentions[i]
			if d.sentOf[m.tok] < d.sentOf[k]-pronounReach {
				break
			}
			if fits(m) {
				pick = m.person
				break
			}
		}
	}
	if pick < 0 {
		pick = r.unknownSubject(k, before)
	}
	return pick
}

// chainPronouns makes each "he" or "she" that opens a sentence a mention
// of whom it means, in text order, so that the next pronoun can follow
// the chain: in "Lynch said … She has faced … his wife, Hillary Clinton,
// … She has called …" the second "She" is still Lynch, the subject of
// the sentence before, not the woman named in passing. speakers are the
// statements' speaker mentions.
func (r *resolver) chainPronouns(speakers []tspan) {
	d := r.d
	// How many speaker mentions start at each token, less those that
	// ended before it: their running sum says whether a token is in one,
	// without a pass over every statement per pronoun.
	opened := make([]int32, len(d.toks)+1)
	for _, s := range speakers {
		opened[s.first]++
		opened[s.last+1]--
	}
	inSpeaker := int32(0)
	// The mentions are rebuilt in text order as the pronouns come, each
	// after those before it: a pronoun's antecedent is found among the
	// mentions before it only, and inserting each into the whole list
	// would move the mentions after it once per pronoun.
	old := r.mentions
	r.mentions = make([]mention, 0, len(old))
	next := 0 // old[next:] are yet to be moved
	for k := range d.toks {
		inSpeaker += opened[k]
		t := &d.toks[k]
		if d.inq[k] >= 0 || !t.is("he", "she") || !r.subject(k) {
			continue
		}
		for next < len(old) && old[next].tok < k {
			r.mentions = append(r.mentions, old[next])
			next++
		}
		pick := r.antecedent(k)
		if pick < 0 {
			continue
		}
		r.mentions = append(r.mentions, mention{tok: k, person: pick, speaker: inSpeaker > 0})
	}
	r.mentions = append(r.mentions, old[next:]...)
}

// pronounSex is the sex "he" ('m') or "she" ('f') gives.
func pronounSex(t *token) byte {
	if t.lower == "she" {
		return 'f'
	}
	return 'm'
}

// pronounReach is how many sentences back a pronoun looks for anyone
// named, when no speaker or subject is nearer.
const pronounReach = 5

// subject reports whether the name at token k opens its sentence, after
// at most a conjunction, an adverb and the name's titles: "But Sen. Ted
// Cruz …".
func (r *resolver) subject(k int) bool {
	d := r.d
	i := k
	for i > 0 && d.sentOf[i-1] == d.sentOf[k] && d.toks[i-1].capital() && (d.toks[i-1].in(inTitles) || descriptors[d.toks[i-1].lower] || !r.sentenceWord(i-1)) {
		i-- // the name's titles: "Sen.", "Republican"
	}
	for j := d.sents[d.sentOf[k]][0]; j < i; j++ {
		t := &d.toks[j]
		if !(t.kind != word || t.in(inTitles) || t.is("but", "and", "so", "yet", "however", "then", "still", "now", "meanwhile", "also", "later", "earlier", "the", "former")) {
			return false
		}
	}
	return true
}

// groupNouns are heads that a name before them modifies: the Clinton
// campaign is not Clinton.
var groupNouns = set("campaign", "camp", "supporters", "aides", "aide", "allies", "advisers", "advisors",
	"administration", "family", "wife", "husband", "son", "daughter", "father", "mother", "brother",
	"sister", "lawyer", "lawyers", "attorney", "attorneys", "spokesman", "spokeswoman", "spokesperson",
	"staff", "staffers", "team", "ad", "ads", "doctor", "doctors", "people", "officials", "voters",
	"backers", "critics", "opponents", "surrogates", "loyalists", "fans", "organization", "transition",
	"website", "statement", "memo", "report", "letter", "book", "office", "businessman", "businesswoman")

// modifier reports whether the capitalized token k of the mention
// first..last is a modifier of a common noun rather than the name of the
// speaker: followed by a possessive, by a noun such as "campaign", or, in
// a phrase opened by a determiner, by a lower-case head ("The New York
// businessman").
func (r *resolver) modifier(first, k, last int) bool {
	d := r.d
	if d.toks[last].capital() {
		return false
	}
	n := k + 1
	for n <= last && d.toks[n].capital() {
		n++
	}
	if n > last {
		return false
	}
	if w := d.toks[n].lower; w == "'s" || w == "’s" || w == "'" || w == "’" || groupNouns[w] {
		return true
	}
	return d.toks[first].is("the", "a", "an", "many", "some", "several", "two", "three", "other")
}

// personTitles come right before a surname: "President Obama", "Mr. Clarke".
var personTitles = set("mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "president", "senator",
	"governor", "secretary", "judge", "justice", "mayor", "speaker", "ambassador", "rev.", "gen.",
	"lt.", "col.", "prof.", "chairman", "chairwoman", "mr", "mrs", "ms", "dr", "pope", "king", "queen",
	"prince", "princess", "sir", "dame", "lord", "coach", "professor", "bishop", "cardinal", "detective",
	"sgt.", "capt.", "captain", "councilwoman", "councilman", "congressman", "congresswoman")

// roleAbbreviations spell out the titles an article abbreviates before a
// name, so that "Sen. Ann Lee" is "the senator" later.
var roleAbbreviations = map[string]string{"sen": "senator", "sens": "senator", "gov": "governor", "rep": "representative",
	"dr": "doctor", "gen": "general", "lt": "lieutenant", "col": "colonel", "prof": "professor", "sgt": "sergeant",
	"capt": "captain", "det": "detective", "supt": "superintendent", "atty": "attorney", "adm": "admiral",
	"cmdr": "commander", "rev": "reverend", "pres": "president", "sec": "secretary", "amb": "ambassador"}
