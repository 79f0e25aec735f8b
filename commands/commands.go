// Package commands is newsbot's chat grammar: it parses "!brief syria" (and
// receives "/brief topic:syria" from the Discord front end as the same
// Request), routes it to a handler registered in one place, and returns a
// Reply. It knows nothing of Discord: the console renders a Reply as plain
// text, the bot as embeds.
package commands

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsbot-dev/newsbot"
)

// Request is one command from a user, whichever front end it came through.
type Request struct {
	Name   string            // command name, lower-case, no prefix
	Args   string            // the rest of the message, trimmed
	Params map[string]string // named options (slash commands); Args holds the text ones too
	Prefix string            // how the user invokes commands here ("!" or "/"), for help text

	GuildID   string
	ChannelID string
	UserID    string
	Admin     bool // the caller may manage the server
}

// Kind says what a Reply is, so front ends can colour it.
type Kind int

const (
	Info Kind = iota
	Success
	Warning // nothing found, usage hints, refusals
	Failure // the request failed on our side
)

// Reply is what a command answers: transport-neutral structured text.
type Reply struct {
	Kind  Kind
	Title string
	URL   string // the title links here when set
	// Intro is a note shown before the body and never bulleted: what the
	// reply could not answer ("None of the articles mentions …"), kept
	// apart from the verbatim sentences of Lines.
	Intro     string
	Lines     []string // the body, one paragraph or bullet each
	Sections  []Section
	Footer    string
	Ephemeral bool // only the caller should see it, where the front end can do that
}

// Section is a titled list inside a reply (quotes, sources).
type Section struct {
	Name  string
	Items []Item
}

// Item is one entry of a section.
type Item struct {
	Text string // main text
	Link string // URL the text links to, if any
	Note string // secondary text: outlet, date, speaker; shown after a dash
}

// Handler answers a request. Errors are classified newsbot errors; the
// Router translates them for the user and logs the chain.
type Handler func(ctx context.Context, req Request) (Reply, error)

// Option describes a named parameter, for slash-command registration and
// help text.
type Option struct {
	Name         string
	Description  string
	Required     bool
	Rest         bool // takes the rest of the text (a prefix command's free text)
	Autocomplete bool // the front end may offer completions (see Router.Complete)
}

// Command is one entry of the registry.
type Command struct {
	Name        string
	Aliases     []string
	Summary     string // one line, for the command list
	Description string // more help, for "help <command>"
	Examples    []string
	Options     []Option
	Admin       bool // requires the Manage Server permission
	Handler     Handler
}

// Usage renders the command's syntax with the given prefix.
func (c Command) Usage(prefix string) string {
	var b strings.Builder
	b.WriteString(prefix + c.Name)
	for _, o := range c.Options {
		if o.Required {
			fmt.Fprintf(&b, " <%s>", o.Name)
		} else {
			fmt.Fprintf(&b, " [%s]", o.Name)
		}
	}
	return b.String()
}

// Router holds the registry and dispatches requests.
type Router struct {
	commands []Command
	byName   map[string]int
	Log      *slog.Logger
	// Complete, when set, suggests topics for autocompletion.
	Complete func(ctx context.Context, prefix string) []string
}

// NewRouter returns an empty router; see New for newsbot's commands.
func NewRouter(log *slog.Logger) *Router {
	if log == nil {
		log = slog.Default()
	}
	return &Router{byName: map[string]int{}, Log: log}
}

// Add registers a command. Names and aliases must be unique.
func (r *Router) Add(c Command) {
	for _, n := range append([]string{c.Name}, c.Aliases...) {
		if _, dup := r.byName[n]; dup {
			panic("commands: duplicate command " + n)
		}
		r.byName[n] = len(r.commands)
	}
	r.commands = append(r.commands, c)
}

// Commands lists the registry in registration order.
func (r *Router) Commands() []Command { return slices.Clone(r.commands) }

// Lookup finds a command by name or alias, written with or without the
// prefix of either front end ("brief", "!brief", "/brief"), so that
// "!help /brief" explains the slash command.
func (r *Router) Lookup(name string) (Command, bool) {
	name = strings.TrimPrefix(strings.TrimPrefix(name, "/"), "!")
	i, ok := r.byName[strings.ToLower(name)]
	if !ok {
		return Command{}, false
	}
	return r.commands[i], true
}

// Parse splits a chat message into a Request when it starts with prefix:
// "!brief  syria " -> Name "brief", Args "syria". ok is false for ordinary
// chat, so the bot stays quiet.
func Parse(prefix, content string) (req Request, ok bool) {
	content = strings.TrimSpace(content)
	if prefix == "" || !strings.HasPrefix(content, prefix) {
		return Request{}, false
	}
	rest := content[len(prefix):]
	r, _ := utf8.DecodeRuneInString(rest)
	if rest == "" || !unicode.IsLetter(r) {
		return Request{}, false // "!!!" or "! hello" is not a command
	}
	name, args, _ := strings.Cut(rest, " ")
	if i := strings.IndexFunc(name, unicode.IsSpace); i >= 0 {
		name, args = name[:i], name[i:]+" "+args
	}
	return Request{Name: strings.ToLower(name), Args: strings.TrimSpace(args), Prefix: prefix}, true
}

// ParseSlash reads a slash command typed as text (the console takes them)
// into the Request Discord would send for it: "/brief topic:syria" sets
// the option topic, and Args holds the options' values, as from Discord.
// Options are read when the text after the name starts with one of the
// command's options ("name:value", the value running to the next option);
// otherwise it is free text, as after a prefix ("/brief syria"). An option
// the command does not have but nearly does ("topc:syria"), or one given
// twice, is an EINVALID error naming the command's options. ok is false
// when content is not a command at all.
func (r *Router) ParseSlash(content string) (req Request, ok bool, err error) {
	req, ok = Parse("/", content)
	if !ok || req.Args == "" {
		return req, ok, nil
	}
	c, known := r.Lookup(req.Name)
	if !known || len(c.Options) == 0 {
		return req, true, nil
	}
	bad := func(format string, args ...any) error {
		names := make([]string, len(c.Options))
		for i, o := range c.Options {
			names[i] = "`" + o.Name + "`"
		}
		return newsbot.Errorf(newsbot.EINVALID, "%s `/%s` takes %s, written like `/%s %s:…`.",
			fmt.Sprintf(format, args...), c.Name, strings.Join(names, ", "), c.Name, c.Options[0].Name)
	}
	// option says whether a word starts an option: its name (or "" when
	// it does not), and its value's start.
	option := func(word string) (name, value string, err error) {
		key, value, found := strings.Cut(word, ":")
		if !found || key == "" {
			return "", "", nil
		}
		key = strings.ToLower(key)
		for _, o := range c.Options {
			if o.Name == key {
				return key, value, nil
			}
		}
		for _, o := range c.Options {
			if len([]rune(key)) >= 3 && editDistance(key, o.Name) <= 2 {
				return "", "", bad("`/%s` has no option `%s`.", c.Name, key)
			}
		}
		return "", "", nil
	}
	words := strings.Fields(req.Args)
	first, _, err := option(words[0])
	if err != nil || first == "" {
		return req, true, err
	}
	req.Params = map[string]string{}
	var order []string
	current := ""
	for _, w := range words {
		name, value, err := option(w)
		if err != nil {
			return req, true, err
		}
		if name == "" {
			req.Params[current] = strings.TrimSpace(req.Params[current] + " " + w)
			continue
		}
		if _, twice := req.Params[name]; twice {
			return req, true, bad("`%s` is given twice.", name)
		}
		current = name
		req.Params[name] = value
		order = append(order, name)
	}
	var args []string
	for _, name := range order {
		if v := req.Params[name]; v != "" {
			args = append(args, v)
		}
	}
	req.Args = strings.Join(args, " ")
	return req, true, nil
}

// Handle runs the request's command. It always returns a reply a user may
// read: failures are logged in full and shown as one short sentence.
func (r *Router) Handle(ctx context.Context, req Request) Reply {
	if req.Prefix == "" {
		req.Prefix = "!"
	}
	c, ok := r.Lookup(req.Name)
	if !ok {
		hint := fmt.Sprintf("I don't know `%s%s`. Try `%shelp` for the list of commands.", req.Prefix, req.Name, req.Prefix)
		if near := r.closest(req.Name); near != "" {
			hint = fmt.Sprintf("I don't know `%s%s`; did you mean `%s%s`? `%shelp` lists every command.",
				req.Prefix, req.Name, req.Prefix, near, req.Prefix)
		}
		return Reply{Kind: Warning, Lines: []string{hint}, Ephemeral: true}
	}
	req.Name = c.Name
	if c.Admin && !req.Admin {
		msg := fmt.Sprintf("`%s%s` changes this server's settings, so it needs the Manage Server permission.", req.Prefix, c.Name)
		if req.GuildID == "" {
			msg = fmt.Sprintf("`%s%s` changes a server's settings: use it in one of its channels, with the Manage Server permission.", req.Prefix, c.Name)
		}
		return Reply{Kind: Warning, Ephemeral: true, Lines: []string{msg}}
	}
	reply, err := c.Handler(ctx, req)
	if err != nil {
		return r.failure(ctx, req, err)
	}
	return reply
}

func (r *Router) failure(ctx context.Context, req Request, err error) Reply {
	code := newsbot.ErrorCode(err)
	level := slog.LevelInfo
	kind := Warning
	switch {
	case code == newsbot.EINTERNAL:
		level, kind = slog.LevelError, Failure
	case code == newsbot.EUNAVAILABLE || errors.Is(err, context.DeadlineExceeded):
		// A site that is down or slow: worth a look, not a fault of ours.
		level, kind = slog.LevelWarn, Failure
	}
	r.Log.Log(ctx, level, "command failed", "command", req.Name, "args", req.Args, "guild_id", req.GuildID,
		"channel_id", req.ChannelID, "user_id", req.UserID, "code", code, "err", err)
	return Reply{Kind: kind, Lines: []string{newsbot.ErrorMessage(err)}, Ephemeral: true}
}

// Suggest returns the registered command nearest to name by edit distance,
// when it is near enough to be a typo of it, else "".
func (r *Router) Suggest(name string) string { return r.closest(name) }

// closest returns the registered name nearest to name by edit distance,
// when it is near enough to be a typo.
func (r *Router) closest(name string) string {
	best, bestD := "", 3
	for n := range r.byName {
		if d := editDistance(name, n); d < bestD || d == bestD && n < best {
			best, bestD = n, d
		}
	}
	if bestD > len(name)/2 {
		return ""
	}
	return best
}

func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// FormatDate renders a publication date for readers, as the outlet dated
// it: in the UTC offset the source gave (see newsbot.AsPublished), so an
// evening story from New York is not shown under the next day's date.
// Unknown dates render as "date unknown".
func FormatDate(t time.Time) string {
	if t.IsZero() {
		return "date unknown"
	}
	return newsbot.AsPublished(t).Format("2 Jan 2006")
}
