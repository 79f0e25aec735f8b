package commands

import (
	"cmp"
	"context"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/newsbot-dev/newsbot"
	"github.com/newsbot-dev/newsbot/briefings"
)

// Service is what newsbot's commands need, set up by main.
type Service struct {
	Store    newsbot.ArticleStore
	Briefer  *briefings.Engine
	Now      func() time.Time
	Log      *slog.Logger
	Version  string
	Started  time.Time
	MaxItems int // list length for quotes and articles; default 8
	// Feeds, when set, adds the feed and read commands (see feeds.go).
	Feeds Feeds
	// Digests keeps scheduled digests (see digests.go); without it only
	// digest previews work.
	Digests newsbot.DigestStore
}

// New registers every newsbot command, in the order help lists them. This
// is the one place commands are added.
func New(s *Service) *Router {
	if s.Now == nil {
		s.Now = time.Now
	}
	if s.MaxItems == 0 {
		s.MaxItems = 8
	}
	r := NewRouter(s.Log)
	r.Add(Command{
		Name:    "brief",
		Summary: "A briefing on a topic: key sentences from every stored article, cited, plus who said what.",
		Description: "Picks a few verbatim sentences across the stored articles on the topic, each numbered " +
			"to its source, and the key quotes with their speakers. The topic is plain words; search syntax is ignored. " +
			"End it with a time span (today, yesterday, this week, past 3 days) to read only the articles published in it.",
		Examples: []string{"brief syria", "brief kofi annan", "brief russia ceasefire this week"},
		Options:  []Option{{Name: "topic", Description: "What the briefing is about", Required: true, Rest: true, Autocomplete: true}},
		Handler:  s.brief,
	})
	r.Add(Command{
		Name:    "quotes",
		Summary: "What someone said (or what was said about a topic), newest first, with article and date.",
		Description: "Quotes whose speaker is the one asked for come first. End with a time span (today, this week, " +
			"past 3 days) for only what was published in it.",
		Examples: []string{"quotes medvedev", "quotes kremlin today"},
		Options:  []Option{{Name: "who", Description: "A person, organisation or topic", Required: true, Rest: true, Autocomplete: true}},
		Handler:  s.quotes,
	})
	r.Add(Command{
		Name:    "articles",
		Summary: "Stored articles matching a topic: title, outlet, date and link.",
		Description: "Best match first, newer articles weighing more. End with a time span (today, this week, past 3 days) " +
			"for only what was published in it.",
		Examples: []string{"articles syria", "articles syria past 3 days"},
		Options:  []Option{{Name: "topic", Description: "What the articles are about", Required: true, Rest: true, Autocomplete: true}},
		Handler:  s.articles,
	})
	registerFeeds(r, s)
	registerDigests(r, s)
	r.Add(Command{
		Name:    "about",
		Summary: "What this bot is, its version, archive size and uptime.",
		Handler: s.about,
	})
	r.Add(Command{
		Name:     "help",
		Summary:  "The list of commands, or how to use one.",
		Examples: []string{"help", "help brief"},
		Options:  []Option{{Name: "command", Description: "A command to explain", Rest: true}},
		Handler:  func(ctx context.Context, req Request) (Reply, error) { return r.help(req), nil },
	})
	return r
}

// topicArg returns the request's free-text argument: the named option when a
// slash command sent one, else the text after the command name.
func topicArg(req Request, name string) string {
	if v, ok := req.Params[name]; ok {
		return strings.TrimSpace(v)
	}
	return req.Args
}

func usageError(req Request, c string, example string) error {
	return newsbot.Errorf(newsbot.EINVALID, "Usage: `%s%s`, for example `%s%s`.", req.Prefix, c, req.Prefix, example)
}

func (s *Service) brief(ctx context.Context, req Request) (Reply, error) {
	text := topicArg(req, "topic")
	if newsbot.ParseTopic(text).Empty() {
		return Reply{}, usageError(req, "brief <topic>", "brief syria")
	}
	b, err := s.Briefer.Brief(ctx, text, s.Now())
	if newsbot.ErrorCode(err) == newsbot.ENOTFOUND {
		topic := newsbot.ParseTopicWithin(text)
		msg, err2 := s.nothingInPeriod(ctx, topic, req, "brief")
		if err2 != nil {
			return Reply{}, err2
		}
		if msg == "" {
			msg = fmt.Sprintf("I have nothing stored about “%s” yet; try a broader word, or `%sarticles <word>` to see what the archive holds.",
				topic.Text, req.Prefix)
		}
		return Reply{}, &newsbot.Error{Code: newsbot.ENOTFOUND, Err: err, Message: msg}
	}
	if err != nil {
		return Reply{}, err
	}
	return BriefingReply(b, req.Prefix), nil
}

// nothingInPeriod explains an empty answer to a question that asked for a
// period ("syria today"): the archive may hold older articles on the
// topic, and the reader should learn when the newest is from and how to
// ask for it. It returns "" when the topic named no period or nothing
// matches it at any time.
func (s *Service) nothingInPeriod(ctx context.Context, topic newsbot.Topic, req Request, command string) (string, error) {
	if topic.Within == 0 {
		return "", nil
	}
	topic.Since = time.Time{}
	hits, err := s.Store.SearchArticles(ctx, topic, articleSearchLimit)
	if err != nil || len(hits) == 0 {
		return "", err
	}
	var newest time.Time
	for _, h := range hits {
		if h.Published.After(newest) {
			newest = h.Published
		}
	}
	when := "the articles on it are undated"
	if !newest.IsZero() {
		when = "the newest is from " + FormatDate(newest)
	}
	return fmt.Sprintf("Nothing on “%s” was published in %s; %s. Try `%s%s %s` for any time.",
		topic.Text, topic.Period, when, req.Prefix, command, topic.Text), nil
}

// inPeriod is what a title adds for a topic that asked for a period.
func inPeriod(period string) string {
	if period == "" {
		return ""
	}
	return ", " + period
}

// quoteWords lists words for a sentence: “a”, “a” or “b”, “a”, “b” or “c”.
func quoteWords(ws []string) string {
	q := make([]string, len(ws))
	for i, w := range ws {
		q[i] = "“" + w + "”"
	}
	if len(q) == 1 {
		return q[0]
	}
	return strings.Join(q[:len(q)-1], ", ") + " or " + q[len(q)-1]
}

// BriefingReply renders a briefing: the cited sentences, the key quotes,
// the other stories the topic matched, each with the command that briefs
// it (typed with prefix: "!" in chat, "newsbot " on the command line),
// and the numbered sources.
func BriefingReply(b newsbot.Briefing, prefix string) Reply {
	r := Reply{Kind: Success, Title: "Briefing: " + b.Topic + inPeriod(b.Period)}
	if len(b.Missing) > 0 {
		r.Intro = fmt.Sprintf("None of the best-matching articles mentions %s; this is what matches the rest.", quoteWords(b.Missing))
	}
	for _, s := range b.Sentences {
		r.Lines = append(r.Lines, s.Text+" "+citations(s.Citations))
	}
	if len(b.Sentences) == 0 {
		r.Lines = append(r.Lines, "The matching articles have no sentences fit to quote.")
	}
	if len(b.Quotes) > 0 {
		sec := Section{Name: "Key quotes"}
		for _, q := range b.Quotes {
			link := ""
			if q.Citation > 0 && q.Citation <= len(b.Sources) {
				link = b.Sources[q.Citation-1].URL
			}
			sec.Items = append(sec.Items, Item{Text: QuoteText(q.Quote, 300), Link: link,
				Note: SpeakerNote(q.Quote) + " " + citations([]int{q.Citation})})
		}
		r.Sections = append(r.Sections, sec)
	}
	if len(b.Others) > 0 {
		// The topic matched unrelated stories and the briefing told one:
		// name the rest, each with a topic that finds it alone.
		sec := Section{Name: "Also matching “" + b.Topic + "”"}
		for _, o := range b.Others {
			note := count(o.Articles, "article", "articles")
			if o.Topic != "" {
				note += " · `" + prefix + "brief " + o.Topic + "`"
			}
			sec.Items = append(sec.Items, Item{Text: o.Headline, Note: note})
		}
		if n := b.MoreStories; n > 0 {
			more := fmt.Sprintf("and %d more stories: add a word to the topic to find them", n)
			if n == 1 {
				more = "and 1 more story: add a word to the topic to find it"
			}
			sec.Items = append(sec.Items, Item{Text: more})
		}
		r.Sections = append(r.Sections, sec)
	}
	src := Section{Name: "Sources"}
	for i, s := range b.Sources {
		src.Items = append(src.Items, Item{Text: fmt.Sprintf("[%d] %s", i+1, s.Title), Link: s.URL, Note: sourceNote(s.Outlet, s.Published)})
	}
	r.Sections = append(r.Sections, src)
	r.Footer = fmt.Sprintf("Verbatim from %d of %d matching articles · newsbot", len(b.Sources), b.Matched)
	if b.Period != "" {
		r.Footer = fmt.Sprintf("Verbatim from %d of %d articles matching in %s · newsbot", len(b.Sources), b.Matched, b.Period)
	}
	return r
}

func citations(nums []int) string {
	var b strings.Builder
	for _, n := range nums {
		fmt.Fprintf(&b, "[%d]", n)
	}
	return b.String()
}

func sourceNote(outlet string, published time.Time) string {
	if outlet == "" {
		outlet = "unknown outlet"
	}
	return outlet + " · " + FormatDate(published)
}

// QuoteText shows a quote on one line, shortened at a word boundary past
// max runes. Direct speech is put in quote marks (the marks of each quoted
// part are taken off first, so parts joined by " … " read as one
// quotation); paraphrase and mixed speech are shown as written, inner
// quote marks included, since wrapping a paraphrase in quote marks would
// put words in the speaker's mouth.
func QuoteText(q newsbot.Quote, max int) string {
	text := strings.Join(strings.Fields(q.Text), " ")
	// A quotation ends where its sentence went on ("... again," she
	// said): the comma that joined it is not part of what was said.
	text = strings.TrimRight(text, ",;:—– ")
	// "“Let’s not count our votes yet,” before heading to the airport":
	// a quotation that opens the statement is what was said; the narrative
	// after it is the reporter's.
	if q.Kind == newsbot.Mixed {
		if quoted, ok := leadingQuotation(text); ok {
			text, q.Kind = quoted, newsbot.Direct
		}
	}
	if q.Kind != newsbot.Direct {
		// A paraphrase that opens a wire story starts with its dateline
		// ("HARWICK, England (Agency) — Three masked men …, police said"):
		// where the wire filed from is not what was said.
		text = briefings.TrimDateline(text)
		if objectOfCue(q.Cue, text) {
			return Shorten(strings.TrimSpace(q.Cue)+" "+text, max)
		}
		// "that the talks could begin next week": the conjunction belongs
		// to the reporting sentence, not to what was said.
		if rest, ok := strings.CutPrefix(text, "that "); ok && q.Kind == newsbot.Indirect && rest != "" {
			text = rest
		}
		return Shorten(text, max)
	}
	// Double quote marks inside direct speech are the article's own marks
	// around its parts or paragraphs (news nests quotes in single marks).
	parts := strings.Split(text, " … ")
	for i, p := range parts {
		p = strings.Join(strings.Fields(strings.NewReplacer(`"`, " ", "“", " ", "”", " ").Replace(p)), " ")
		parts[i] = strings.TrimRight(unquoteSingle(p), ",;:—– ")
	}
	return "“" + Shorten(strings.Join(parts, " … "), max-2) + "”"
}

// unquoteSingle takes off the single quote marks British style puts
// round a whole quotation ('We are ready to talk,' she said): shown in
// the listing's own double marks they would be doubled, “'We are ready
// …,'”. An apostrophe inside ("anyone's") or a mark that opens no
// quotation is kept.
func unquoteSingle(p string) string {
	p = strings.TrimSpace(p)
	for _, open := range []string{"'", "‘"} {
		rest, ok := strings.CutPrefix(p, open)
		if !ok {
			continue
		}
		// The mark may close before the sentence's stop ('… night'.).
		body := strings.TrimRight(rest, ",;:.!? ")
		for _, closing := range []string{"'", "’"} {
			if in, ok := strings.CutSuffix(body, closing); ok && strings.TrimSpace(in) != "" {
				return strings.TrimSpace(in)
			}
		}
	}
	return p
}

// objectOfCue reports whether a paraphrase is its verb's object or
// infinitive rather than a clause ("promised | to raise pensions",
// "accused | his rival of wanting …", "called | the decision “a
// betrayal”"): on its own under a speaker's name it reads as a fragment,
// so it is shown after its verb.
func objectOfCue(cue, text string) bool {
	f := strings.Fields(strings.ToLower(cue))
	if len(f) == 0 || f[0] == "according" || strings.HasPrefix(text, "that ") {
		return false
	}
	if strings.HasPrefix(text, "to ") {
		return true
	}
	// "has promised", "called on": the verb may have company.
	for _, w := range f {
		for _, v := range objectVerbs {
			if strings.HasPrefix(w, v) {
				return true
			}
		}
	}
	return false
}

// objectVerbs are verbs of saying whose paraphrase is their object, not a
// clause: accused X of Y, called X Y, urged X to Y, promised X.
var objectVerbs = []string{"accus", "call", "describ", "prais", "criticis", "criticiz", "condemn", "urg", "promis",
	"pledg", "vow", "brand", "label", "blam", "thank"}

// leadingQuotation returns the quotation a text opens with, when the rest
// is narrative joined by a conjunction ("before …", "and …", "as …").
func leadingQuotation(text string) (string, bool) {
	open, rest := "", text
	for _, m := range []string{"“", "\""} {
		if r, ok := strings.CutPrefix(text, m); ok {
			open, rest = m, r
			break
		}
	}
	if open == "" {
		return "", false
	}
	closing := "”"
	if open == "\"" {
		closing = "\""
	}
	i := strings.Index(rest, closing)
	if i < 0 {
		return "", false
	}
	// A statement's own quotation ends its sentence or clause inside the
	// mark and has some words; not a scare quote ("“massive” and …").
	if in := strings.TrimSpace(rest[:i]); len(strings.Fields(in)) < minQuoteWords || !strings.ContainsAny(in[len(in)-1:], ",.?!") {
		return "", false
	}
	after := strings.Fields(strings.TrimLeft(rest[i+len(closing):], ", "))
	if len(after) == 0 {
		return "", false
	}
	switch strings.ToLower(after[0]) {
	case "before", "after", "while", "as", "and", "then", "when", "until":
		return strings.TrimRight(rest[:i], ",;: "), true
	}
	return "", false
}

// SpeakerNote names who said it, marking paraphrase and unsure attributions.
func SpeakerNote(q newsbot.Quote) string {
	who := q.Speaker
	if who == "" {
		who = "unattributed"
	}
	note := who
	switch {
	case q.Unsure && q.Kind == newsbot.Indirect:
		note += " (paraphrase; attribution unsure)"
	case q.Unsure:
		note += " (attribution unsure)"
	case q.Kind == newsbot.Indirect:
		note += " (paraphrase)"
	case q.Kind == newsbot.Mixed:
		note += " (partly paraphrased)"
	}
	return note
}

// Shorten cuts s to at most max runes at a word boundary, marking the cut
// with an ellipsis. It never cuts inside a word.
func Shorten(s string, max int) string {
	r := []rune(s)
	if len(r) <= max {
		return s
	}
	cut := max - 2
	for cut > 0 && r[cut] != ' ' {
		cut--
	}
	if cut == 0 {
		cut = max - 2
	}
	return strings.TrimRight(string(r[:cut]), " ,;:—–-") + " …"
}

// minQuoteWords is the shortest statement worth listing on its own.
const minQuoteWords = 4

func (s *Service) quotes(ctx context.Context, req Request) (Reply, error) {
	text := topicArg(req, "who")
	topic := newsbot.ParseTopicWithin(text).From(s.Now())
	if topic.Empty() {
		return Reply{}, usageError(req, "quotes <person or topic>", "quotes medvedev")
	}
	search := s.Briefer.Respell(ctx, topic)
	found, err := s.Store.SearchQuotes(ctx, search, 4*s.MaxItems)
	if err != nil {
		return Reply{}, err
	}
	if found, err = s.bySurname(ctx, search, found); err != nil {
		return Reply{}, err
	}
	// A listing of what someone said skips fragments ("that goal") that
	// only make sense inside their sentence and statements by someone the
	// article leaves unnamed to us ("she", with no one she could be), and
	// lists a statement that several outlets carried (a wire story) once,
	// from the newest copy.
	//
	// What the one asked about said comes first; only when none of it can
	// be shown ("Russia agreed that …" is not a statement) does what others
	// said about the topic answer.
	fullSpeakers(found)
	usable := func(h newsbot.QuoteHit) bool {
		return len(strings.Fields(h.Text)) >= minQuoteWords && h.Named() && briefings.Spoken(h.Quote)
	}
	bySpeaker := slices.ContainsFunc(found, func(h newsbot.QuoteHit) bool { return h.BySpeaker && usable(h) })
	var hits []newsbot.QuoteHit
	copies := map[string]int{} // statement → other articles carrying it
	for _, h := range found {
		if !usable(h) || h.BySpeaker != bySpeaker {
			continue
		}
		key := statementKey(h.Quote)
		if _, dup := copies[key]; dup {
			copies[key]++
			continue
		}
		copies[key] = 0
		hits = append(hits, h)
	}
	hits = dropQuotedAgain(hits, copies)
	if len(hits) == 0 && topic.Within > 0 {
		return Reply{}, newsbot.Errorf(newsbot.ENOTFOUND,
			"I have no quotes from or about “%s” published in %s. Try `%squotes %s` for any time.", topic.Text, topic.Period, req.Prefix, topic.Text)
	}
	if len(hits) == 0 {
		return Reply{}, newsbot.Errorf(newsbot.ENOTFOUND,
			"I have no quotes from or about “%s”. Try a surname, or `%sbrief %s` for a briefing.", topic.Text, req.Prefix, topic.Text)
	}
	r := Reply{Kind: Success, Title: "Quotes: " + topic.Text + inPeriod(topic.Period)}
	if !bySpeaker && len(search.Words) > 1 && !slices.ContainsFunc(hits, func(h newsbot.QuoteHit) bool { return mentionsAll(search, h) }) {
		r.Lines = append(r.Lines, fmt.Sprintf("No quote mentions every word of “%s”; these mention some of them.", topic.Text))
	}
	// "What Turkey said" only when Turkey was asked for, not "ukraine".
	if speaker := commonSpeaker(hits); speaker != "" && namesSpeaker(topic, speaker) && !vagueSpeaker(speaker) {
		r.Title = "What " + midSentence(speaker) + " said"
		if topic.Period != "" {
			r.Title += " in " + topic.Period
		}
	}
	sec := Section{Name: "Newest first"}
	for i, h := range hits {
		if i == s.MaxItems {
			r.Footer = fmt.Sprintf("Showing the newest %d. Narrow the search to see others.", s.MaxItems)
			break
		}
		link := ""
		if newsbot.IsWebURL(h.ArticleURL) {
			link = h.ArticleURL
		}
		note := SpeakerNote(h.Quote) + " · " + h.ArticleTitle + " · " + sourceNote(h.Outlet, h.Published)
		if n := copies[statementKey(h.Quote)]; n > 0 {
			note += " · also in " + count(n, "other article", "other articles")
		}
		sec.Items = append(sec.Items, Item{Text: QuoteText(h.Quote, 300), Link: link, Note: note})
	}
	r.Sections = []Section{sec}
	return r, nil
}

// bySurname adds to a search for a full name ("priya nandakumar") what
// the person said where an article names them by surname alone ("Ms
// Nandakumar said …"): a speaker search needs every word in the speaker,
// so those statements were missing from her listing. A surname hit is
// kept only when the other hits complete it to the name asked for (see
// fullSpeakers), so another Nandakumar's words are not listed as hers.
// The same goes for a title asked with the surname ("mayor varga",
// "governor rennick"): the surname is searched and the title is not
// needed in the name. The speaker's statements stay newest first,
// undated last.
func (s *Service) bySurname(ctx context.Context, topic newsbot.Topic, found []newsbot.QuoteHit) ([]newsbot.QuoteHit, error) {
	if len(topic.Words) < 2 {
		return found, nil
	}
	more, err := s.Store.SearchQuotes(ctx, newsbot.Topic{Text: topic.Words[len(topic.Words)-1], Words: topic.Words[len(topic.Words)-1:],
		Since: topic.Since}, 4*s.MaxItems)
	if err != nil {
		return nil, err
	}
	var said, rest []newsbot.QuoteHit
	for _, h := range found {
		if h.BySpeaker {
			said = append(said, h)
		} else {
			rest = append(rest, h)
		}
	}
	more = slices.DeleteFunc(more, func(h newsbot.QuoteHit) bool { return !h.BySpeaker })
	all := append(slices.Clone(said), more...)
	fullSpeakers(all)
	added := map[newsbot.QuoteID]bool{}
	for _, h := range all[len(said):] {
		if !added[h.ID] && namesSpeaker(topic, h.Speaker) &&
			!slices.ContainsFunc(said, func(x newsbot.QuoteHit) bool { return x.ID == h.ID }) {
			added[h.ID] = true
			said = append(said, h)
		}
	}
	if len(added) == 0 {
		return found, nil
	}
	slices.SortStableFunc(said, func(a, b newsbot.QuoteHit) int {
		if a.Published.IsZero() != b.Published.IsZero() {
			if a.Published.IsZero() {
				return 1
			}
			return -1
		}
		return cmp.Or(b.Published.Compare(a.Published), cmp.Compare(b.ArticleID, a.ArticleID),
			cmp.Compare(a.Content.Start, b.Content.Start))
	})
	// A statement found by its words as well is listed once, as theirs.
	rest = slices.DeleteFunc(rest, func(h newsbot.QuoteHit) bool { return added[h.ID] })
	return append(said, rest...), nil
}

// fullSpeakers names a speaker by the full name the other listed
// statements give them (see briefings.CompleteNames). The extractor names
// a speaker as their own article does, and an article that follows an
// earlier one may only say "Ms Nandakumar" or "Brenner": listed beside
// Priya Nandakumar's other statements, the bare surname reads as someone
// else, and a reprint under it is not recognised as the same statement.
func fullSpeakers(hits []newsbot.QuoteHit) {
	speakers := make([]string, len(hits))
	when := make([]time.Time, len(hits))
	for i, h := range hits {
		speakers[i], when[i] = h.Speaker, h.Published
	}
	for i, name := range briefings.CompleteNames(speakers, when) {
		hits[i].Speaker = name
	}
}

// mentionsAll reports whether a quote (its speaker or its words) has
// every word of the topic. When none has, the search fell back to any
// word, and "!quotes library cuts" answered with a company's job cuts and
// nothing to say that no quote was about both; the briefing says as much
// in the same case.
func mentionsAll(topic newsbot.Topic, h newsbot.QuoteHit) bool {
	have := briefings.Terms(h.Speaker + " " + h.Text)
	for _, w := range topic.Words {
		for _, t := range briefings.Terms(w) {
			if !slices.Contains(have, t) {
				return false
			}
		}
	}
	return true
}

// dropQuotedAgain leaves out a partly paraphrased statement whose quoted
// words another listed statement by the same speaker prints whole: one
// outlet printed the chief executive's memo line, the next wrote that
// she took "full responsibility for the decisions that brought us here",
// and the listing showed the same words twice. The whole quotation is
// kept and counted as carried by one more article.
func dropQuotedAgain(hits []newsbot.QuoteHit, copies map[string]int) []newsbot.QuoteHit {
	return slices.DeleteFunc(hits, func(h newsbot.QuoteHit) bool {
		if h.Kind != newsbot.Mixed {
			return false
		}
		parts := quotedParts(h.Text)
		if len(parts) == 0 {
			return false
		}
		for _, d := range hits {
			if d.Kind != newsbot.Direct || d.Speaker != h.Speaker {
				continue
			}
			whole := " " + plainWords(d.Text) + " "
			if !slices.ContainsFunc(parts, func(p string) bool { return !strings.Contains(whole, " "+p+" ") }) {
				copies[statementKey(d.Quote)]++
				return true
			}
		}
		return false
	})
}

// quotedParts are the words inside a text's quote marks, three words or
// more each, in plainWords form.
func quotedParts(text string) []string {
	var parts []string
	for _, m := range [][2]string{{"“", "”"}, {`"`, `"`}} {
		rest := text
		for {
			i := strings.Index(rest, m[0])
			if i < 0 {
				break
			}
			rest = rest[i+len(m[0]):]
			j := strings.Index(rest, m[1])
			if j < 0 {
				break
			}
			if p := plainWords(rest[:j]); len(strings.Fields(p)) >= 3 {
				parts = append(parts, p)
			}
			rest = rest[j+len(m[1]):]
		}
	}
	return parts
}

// plainWords is a text's words in lower case, without punctuation.
func plainWords(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
	}), " ")
}

// statementKey identifies a statement across the articles that carried
// it: its speaker and its words, whatever the case, spacing or quote marks.
//
// A reprint often differs only in its marks and closing stop: one outlet
// prints 'We are ready.' in single marks, another "We are ready," before
// its attribution; both are the one statement, listed once.
func statementKey(q newsbot.Quote) string {
	text := strings.Join(strings.Fields(strings.Trim(q.Text, `"“” `)), " ")
	text = strings.TrimRight(unquoteSingle(strings.TrimRight(text, ",;:—– ")), ",;:.—– ")
	return q.Speaker + "\x00" + strings.ToLower(text)
}

// namesSpeaker reports whether every word of the topic is part of the
// speaker's name ("medvedev" for Dmitry Medvedev).
//
// A title typed before the surname ("mayor varga", "ms nandakumar") need
// not be in the name: the articles call her Elsa Varga as often as not.
func namesSpeaker(topic newsbot.Topic, speaker string) bool {
	name := strings.Fields(strings.ToLower(speaker))
	for _, w := range briefings.NameWords(strings.Join(topic.Words, " ")) {
		if !slices.Contains(name, strings.ToLower(w)) {
			return false
		}
	}
	return len(topic.Words) > 0
}

// vagueSpeaker reports whether a speaker is a description that leans on
// its article ("Their union", "his lawyer", "a spokesman"): as a title,
// "What Their union said" names nobody, so the reply keeps "Quotes: …".
func vagueSpeaker(speaker string) bool {
	first, _, _ := strings.Cut(strings.ToLower(speaker), " ")
	switch first {
	case "their", "his", "her", "its", "our", "my", "your", "a", "an", "one", "some", "another":
		return true
	}
	return false
}

// midSentence writes a speaker that opened its sentence ("The coast
// guard") as it reads inside one: "What the coast guard said".
func midSentence(speaker string) string {
	if rest, ok := strings.CutPrefix(speaker, "The "); ok {
		return "the " + rest
	}
	return speaker
}

// commonSpeaker returns the speaker of every hit when they share one.
func commonSpeaker(hits []newsbot.QuoteHit) string {
	s := hits[0].Speaker
	for _, h := range hits[1:] {
		if h.Speaker != s {
			return ""
		}
	}
	return s
}

// articleSearchLimit bounds what !articles ranks; the footer says when
// more matched.
const articleSearchLimit = 50

func (s *Service) articles(ctx context.Context, req Request) (Reply, error) {
	text := topicArg(req, "topic")
	topic := newsbot.ParseTopicWithin(text).From(s.Now())
	if topic.Empty() {
		return Reply{}, usageError(req, "articles <topic>", "articles syria")
	}
	hits, err := s.Store.SearchArticles(ctx, topic, articleSearchLimit)
	if err != nil {
		return Reply{}, err
	}
	if len(hits) == 0 {
		msg, err := s.nothingInPeriod(ctx, topic, req, "articles")
		if err != nil {
			return Reply{}, err
		}
		if msg == "" {
			msg = fmt.Sprintf("No stored article matches “%s”. Try fewer or broader words.", topic.Text)
		}
		return Reply{}, newsbot.Errorf(newsbot.ENOTFOUND, "%s", msg)
	}
	hits = briefings.RankHits(hits, s.Now(), briefings.DefaultOptions.HalfLife)
	r := Reply{Kind: Success, Title: "Articles: " + topic.Text + inPeriod(topic.Period)}
	sec := Section{Name: fmt.Sprintf("%d matching", len(hits))}
	for i, h := range hits {
		if i == s.MaxItems {
			more := fmt.Sprint(len(hits))
			if len(hits) == articleSearchLimit {
				more += " or more"
			}
			r.Footer = fmt.Sprintf("Showing the best %d of %s.", s.MaxItems, more)
			break
		}
		link := ""
		if h.HasURL() {
			link = h.URL
		}
		sec.Items = append(sec.Items, Item{Text: h.Title, Link: link, Note: sourceNote(h.Outlet, h.Published)})
	}
	r.Sections = []Section{sec}
	return r, nil
}

func (s *Service) about(ctx context.Context, req Request) (Reply, error) {
	st, err := s.Store.Stats(ctx)
	if err != nil {
		return Reply{}, err
	}
	r := Reply{Kind: Info, Title: "newsbot " + s.Version, Lines: []string{
		"Briefings from an archive of news articles: every sentence shown was published by the outlet it cites.",
		fmt.Sprintf("Archive: %s from %s, %s.", count(st.Articles, "article", "articles"),
			count(st.Outlets, "outlet", "outlets"), count(st.Quotes, "attributed quote", "attributed quotes")),
	}}
	if !st.Newest.IsZero() {
		r.Lines = append(r.Lines, fmt.Sprintf("Articles published %s to %s.", FormatDate(st.Oldest), FormatDate(st.Newest)))
	}
	if !s.Started.IsZero() {
		r.Lines = append(r.Lines, "Up for "+formatUptime(s.Now().Sub(s.Started))+".")
	}
	r.Footer = fmt.Sprintf("%shelp lists the commands", req.Prefix)
	return r, nil
}

func formatUptime(d time.Duration) string {
	d = d.Round(time.Minute)
	days := d / (24 * time.Hour)
	d -= days * 24 * time.Hour
	h, m := d/time.Hour, (d%time.Hour)/time.Minute
	switch {
	case days > 0:
		return fmt.Sprintf("%dd %dh %dm", days, h, m)
	case h > 0:
		return fmt.Sprintf("%dh %dm", h, m)
	}
	return fmt.Sprintf("%dm", m)
}

// help is generated from the registry.
func (r *Router) help(req Request) Reply {
	if name := strings.TrimPrefix(strings.TrimPrefix(strings.TrimSpace(topicArg(req, "command")), req.Prefix), "!"); name != "" {
		c, ok := r.Lookup(strings.Fields(name)[0])
		if !ok {
			return Reply{Kind: Warning, Lines: []string{fmt.Sprintf("There is no `%s` command. `%shelp` lists them all.", name, req.Prefix)}}
		}
		rep := Reply{Kind: Info, Title: c.Usage(req.Prefix), Lines: []string{c.Summary}}
		if c.Description != "" {
			rep.Lines = append(rep.Lines, c.Description)
		}
		if c.Admin {
			rep.Lines = append(rep.Lines, "Needs the Manage Server permission.")
		}
		if len(c.Examples) > 0 {
			sec := Section{Name: "Examples"}
			for _, e := range c.Examples {
				sec.Items = append(sec.Items, Item{Text: "`" + req.Prefix + e + "`"})
			}
			rep.Sections = append(rep.Sections, sec)
		}
		return rep
	}
	rep := Reply{Kind: Info, Title: "newsbot commands"}
	sec := Section{Name: "Commands"}
	for _, c := range r.commands {
		note := c.Summary
		if c.Admin {
			note += " (Manage Server)"
		}
		sec.Items = append(sec.Items, Item{Text: "`" + c.Usage(req.Prefix) + "`", Note: note})
	}
	rep.Sections = []Section{sec}
	rep.Footer = fmt.Sprintf("%shelp <command> explains one", req.Prefix)
	return rep
}
