package bot

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/newsbot-dev/newsbot"
	"github.com/newsbot-dev/newsbot/commands"
)

// Discord's limits on one message (API reference: Message resource, "Embed
// Limits" and "Create Message"). A message over any of them is refused
// with HTTP 400, so Render never produces one.
const (
	MaxContent     = 2000 // message content
	MaxEmbeds      = 10   // embeds per message
	MaxEmbedsTotal = 6000 // title, description, field names and values, footer and author of all embeds of a message
	MaxTitle       = 256
	MaxDescription = 4096
	MaxFields      = 25 // per embed
	MaxFieldName   = 256
	MaxFieldValue  = 1024
	MaxFooter      = 2048
)

// MaxMessages bounds how many messages one reply may become. Past it the
// reply is trimmed, at a line boundary, and the footer says so: a wall of
// messages would bury the channel.
const MaxMessages = 3

const (
	continued   = " (continued)"
	trimmedNote = " · trimmed to fit Discord; narrow the topic for the rest"
)

// Colours by reply kind.
var kindColour = map[commands.Kind]int{
	commands.Info:    0x5865F2,
	commands.Success: 0x2E9E5B,
	commands.Warning: 0xE0A526,
	commands.Failure: 0xD64545,
}

// Length counts text the way Discord's limits do, erring on the safe side:
// in UTF-16 code units, so a character outside the Basic Multilingual Plane
// (most emoji) counts twice. Discord documents its limits in
// "characters"; whichever unit it counts in, this is never less.
func Length(s string) int {
	n := 0
	for _, r := range s {
		n++
		if r >= 0x10000 {
			n++
		}
	}
	return n
}

// Message is one message to post: content and embeds.
type Message struct {
	Content string
	Embeds  []*discordgo.MessageEmbed
}

// Render lays a reply out as Discord embeds: the title (linked when the
// reply has a URL), the body lines as the description, each section as
// fields of one item a line with masked links, the footer on the last
// embed, everything coloured by kind. It keeps every limit above, splitting
// at line, sentence or word boundaries across embeds and then messages (up
// to MaxMessages), and never cuts a word unless a single word is longer
// than a whole field.
func Render(r commands.Reply) []Message {
	b := &layout{colour: kindColour[r.Kind]}
	b.footer = fit(strings.TrimSpace(r.Footer), MaxFooter-Length(trimmedNote))
	b.title = escapeMarkdown(fitEscaped(strings.TrimSpace(r.Title), MaxTitle, false), false)
	if b.title != "" {
		b.contTitle = fit(b.title, MaxTitle-Length(continued)) + continued
	}
	if newsbot.IsWebURL(r.URL) && !strings.ContainsAny(r.URL, " \n") {
		b.url = r.URL
	}
	// Every message keeps room for the footer and its trimmed note, and for
	// the title or the continued title, so whatever lands in a message fits.
	b.budget = MaxEmbedsTotal - Length(b.footer) - Length(trimmedNote) - max(Length(b.title), Length(b.contTitle))

	for _, line := range bodyLines(r) {
		if !b.addLine(escapeMarkdown(line, false)) {
			return b.finish(true)
		}
	}
	for _, s := range r.Sections {
		name := escapeMarkdown(fitEscaped(strings.TrimSpace(s.Name), MaxFieldName-Length(continued), false), false)
		if name == "" {
			name = "\u200b" // Discord refuses an empty field name
		}
		value := ""
		first := true
		flush := func() bool {
			if value == "" {
				return true
			}
			n := name
			if !first {
				n += continued
			}
			first = false
			ok := b.addField(n, value)
			value = ""
			return ok
		}
		for _, it := range s.Items {
			line := itemLine(it, MaxFieldValue)
			if value != "" && Length(value)+1+Length(line) > MaxFieldValue {
				if !flush() {
					return b.finish(true)
				}
			}
			if value != "" {
				value += "\n"
			}
			value += line
		}
		if !flush() {
			return b.finish(true)
		}
	}
	return b.finish(false)
}

// bodyLines are the reply's intro and lines as the console shows them:
// the lines bulleted when a titled reply has several.
func bodyLines(r commands.Reply) []string {
	var out []string
	if intro := strings.TrimSpace(r.Intro); intro != "" {
		out = append(out, intro)
	}
	for _, l := range r.Lines {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		if len(r.Lines) > 1 && r.Title != "" {
			l = "• " + l
		}
		out = append(out, l)
	}
	return out
}

// layout fills messages embed by embed.
type layout struct {
	colour                int
	title, contTitle, url string
	footer                string
	budget                int // characters a message may take besides title and footer
	msgs                  []Message
	used                  int // characters in the current message, titles and footer excluded
	cur                   *discordgo.MessageEmbed
}

// newMessage starts a message whose first embed carries the title (the
// continued title after the first message). It reports false when the
// reply already has MaxMessages messages.
func (b *layout) newMessage() bool {
	if len(b.msgs) == MaxMessages {
		return false
	}
	e := &discordgo.MessageEmbed{Type: discordgo.EmbedTypeRich, Color: b.colour}
	if len(b.msgs) == 0 {
		e.Title, e.URL = b.title, b.url
	} else {
		e.Title = b.contTitle
	}
	if e.Title == "" {
		e.URL = ""
	}
	b.msgs = append(b.msgs, Message{Embeds: []*discordgo.MessageEmbed{e}})
	b.cur, b.used = e, 0
	return true
}

// room makes sure the current message can take n more characters in a
// fresh or current embed, starting a new message when it cannot.
func (b *layout) room(n int) bool {
	if b.cur == nil || b.used+n > b.budget {
		return b.newMessage()
	}
	return true
}

// newEmbed adds an untitled embed to the current message, or starts a new
// message when this one has MaxEmbeds.
func (b *layout) newEmbed() bool {
	m := &b.msgs[len(b.msgs)-1]
	if len(m.Embeds) == MaxEmbeds {
		return b.newMessage()
	}
	e := &discordgo.MessageEmbed{Type: discordgo.EmbedTypeRich, Color: b.colour}
	m.Embeds = append(m.Embeds, e)
	b.cur = e
	return true
}

// minPiece is the least room worth filling with part of a line too long
// for any one embed.
const minPiece = 200

// addLine adds a body line to the descriptions. A line that fits in an
// embed stays whole, in the current embed or the next; a longer one fills
// the room left and continues, split between sentences or words.
func (b *layout) addLine(line string) bool {
	split := false // once a line is split, its pieces fill every room left
	for line != "" {
		if b.cur == nil && !b.newMessage() {
			return false
		}
		room := -1 // descriptions never go below fields
		if len(b.cur.Fields) == 0 {
			sep := 0
			if b.cur.Description != "" {
				sep = 1
			}
			room = min(MaxDescription-Length(b.cur.Description), b.budget-b.used) - sep
		}
		n := Length(line)
		if n <= room {
			b.appendDescription(line)
			return true
		}
		fitsEmbed := n <= min(MaxDescription, b.budget-b.used-1)
		fitsMessage := n <= min(MaxDescription, b.budget)
		if (split || !fitsEmbed && !fitsMessage) && room >= minPiece {
			var piece string
			piece, line = splitOnce(line, room)
			b.appendDescription(piece)
			split = true
			if line == "" {
				return true
			}
			// The rest goes on in the next embed, not after a line break.
		}
		var ok bool
		switch {
		case !split && fitsEmbed:
			ok = b.newEmbed()
		case !split && fitsMessage:
			ok = b.newMessage()
		case b.budget-b.used-1 >= minPiece:
			ok = b.newEmbed()
		default:
			ok = b.newMessage()
		}
		if !ok {
			return false
		}
	}
	return true
}

func (b *layout) appendDescription(s string) {
	if b.cur.Description != "" {
		b.cur.Description += "\n"
		b.used++
	}
	b.cur.Description += s
	b.used += Length(s)
}

func (b *layout) addField(name, value string) bool {
	if !b.room(Length(name) + Length(value)) {
		return false
	}
	if len(b.cur.Fields) == MaxFields {
		if !b.newEmbed() {
			return false
		}
	}
	b.cur.Fields = append(b.cur.Fields, &discordgo.MessageEmbedField{Name: name, Value: value})
	b.used += Length(name) + Length(value)
	return true
}

// finish puts the footer on the last embed. trimmed says content was left
// out, which the footer then admits.
func (b *layout) finish(trimmed bool) []Message {
	if b.cur == nil {
		b.newMessage()
		if b.cur.Title == "" {
			b.cur.Description = "(no answer)"
		}
	}
	footer := b.footer
	if trimmed {
		footer = strings.TrimPrefix(footer+trimmedNote, " · ")
	}
	if footer != "" {
		b.cur.Footer = &discordgo.MessageEmbedFooter{Text: footer}
	}
	return b.msgs
}

// itemLine renders one section item on one line of at most max characters:
// "[n] " citation prefixes stay outside the link, the text links to the
// item's URL as a masked link, the note follows after a dash. Over-long text is
// shortened at a word boundary; the link is dropped before the text
// becomes unreadable.
func itemLine(it commands.Item, max int) string {
	cite, text := splitCitation(strings.TrimSpace(it.Text))
	note := strings.TrimSpace(it.Note)
	link := ""
	if newsbot.IsWebURL(it.Link) {
		link = escapeURL(it.Link)
	}
	render := func(text, link, note string) string {
		if note != "" {
			note = " — " + escapeMarkdown(note, false) // as the console shows it
		}
		if link == "" || text == "" {
			return cite + escapeMarkdown(text, false) + note
		}
		return cite + "[" + escapeMarkdown(text, true) + "](" + link + ")" + note
	}
	line := render(text, link, note)
	if Length(line) <= max {
		return line
	}
	if link != "" && Length(link) > max/2 {
		link = "" // a link longer than the text it carries is not worth the text
	}
	note = fitEscaped(note, max/3, false)
	if text != "" {
		overhead := Length(render("", link, note)) + 4 // brackets and parentheses
		text = fitEscaped(text, max-overhead, link != "")
	}
	return fit(render(text, link, note), max)
}

// splitCitation separates a leading "[n] " from an item's text.
func splitCitation(s string) (cite, rest string) {
	if !strings.HasPrefix(s, "[") {
		return "", s
	}
	end := strings.Index(s, "] ")
	if end < 2 {
		return "", s
	}
	for _, r := range s[1:end] {
		if r < '0' || r > '9' {
			return "", s
		}
	}
	return s[:end+2], s[end+2:]
}

// escapeMarkdown keeps verbatim text verbatim: the marks Discord would
// read as emphasis, strike-through or spoilers ("f***ing", "snake_case")
// are escaped, and in a masked link's text so are the brackets that would
// end it. Code spans (`!brief <topic>`), which commands use on purpose, are
// left alone; an unpaired backtick is escaped instead.
func escapeMarkdown(s string, inLink bool) string {
	paired := strings.Count(s, "`")%2 == 0
	var b strings.Builder
	code := false
	for _, r := range s {
		switch {
		case r == '`' && paired:
			code = !code
		case code:
		case strings.ContainsRune("\\*_~|`", r), inLink && (r == '[' || r == ']'):
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// fitEscaped shortens s so that, escaped, it takes at most max characters.
func fitEscaped(s string, max int, inLink bool) string {
	for s != "" && Length(escapeMarkdown(s, inLink)) > max {
		s = fit(s, Length(s)-(Length(escapeMarkdown(s, inLink))-max))
	}
	return s
}

// escapeURL percent-encodes what would end a markdown link target.
func escapeURL(u string) string {
	return strings.NewReplacer("(", "%28", ")", "%29", " ", "%20", "<", "%3C", ">", "%3E").Replace(u)
}

// fit shortens s to at most max characters, cutting after the last whole
// sentence that fits when that keeps most of the text, else at the last
// space, and marking the cut with an ellipsis. Only a single word longer
// than max is cut inside.
func fit(s string, max int) string {
	if Length(s) <= max {
		return s
	}
	if max <= 1 {
		return ""
	}
	head := prefixWithin(s, max-2) // room for " …"
	if i := lastSentenceEnd(head); i > 0 && Length(head[:i]) >= max/2 {
		return strings.TrimSpace(head[:i]) + " …"
	}
	if i := strings.LastIndexFunc(head, unicode.IsSpace); i > 0 && Length(head[:i]) >= max/3 {
		return strings.TrimRight(head[:i], " ,;:—–-") + " …"
	}
	return prefixWithin(s, max-1) + "…"
}

// splitOnce cuts from s a first piece of at most max characters, after the
// last sentence that fits when that keeps at least half the room, else
// between words, and returns it and the rest. Only a word longer than max
// is cut inside.
func splitOnce(s string, max int) (piece, rest string) {
	if Length(s) <= max {
		return s, ""
	}
	head := prefixWithin(s, max)
	if head == "" {
		_, size := utf8.DecodeRuneInString(s) // one character wider than max
		return s[:size], strings.TrimSpace(s[size:])
	}
	cut := lastSentenceEnd(head)
	if cut <= 0 || Length(head[:cut]) < max/2 {
		cut = strings.LastIndexFunc(head, unicode.IsSpace)
	}
	if cut <= 0 {
		cut = len(head)
	}
	return strings.TrimSpace(s[:cut]), strings.TrimSpace(s[cut:])
}

// prefixWithin returns the longest prefix of s, whole runes, of at most
// max characters.
func prefixWithin(s string, max int) string {
	n := 0
	for i, r := range s {
		w := 1
		if r >= 0x10000 {
			w = 2
		}
		if n+w > max {
			return s[:i]
		}
		n += w
	}
	return s
}

// lastSentenceEnd returns the byte offset just after the last sentence end
// in s (a full stop, question or exclamation mark, with any closing quote or
// bracket, before a space), or -1.
func lastSentenceEnd(s string) int {
	best := -1
	for i := 0; i < len(s); i++ {
		if s[i] != ' ' && s[i] != '\n' || i == 0 {
			continue
		}
		j := i
		for j > 0 {
			c := s[j-1]
			if c == '"' || c == ')' || c == ']' || c == '\'' {
				j--
				continue
			}
			if strings.HasSuffix(s[:j], "”") || strings.HasSuffix(s[:j], "’") {
				j -= len("”")
				continue
			}
			break
		}
		if j > 0 && (s[j-1] == '.' || s[j-1] == '?' || s[j-1] == '!') {
			best = i
		}
	}
	return best
}
