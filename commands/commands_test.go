package commands

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsbot-dev/newsbot"
)

func TestParse(t *testing.T) {
	tests := []struct {
		prefix, in string
		wantOK     bool
		name, args string
	}{
		{"!", "!brief syria", true, "brief", "syria"},
		{"!", "  !BRIEF   kofi  annan  ", true, "brief", "kofi  annan"},
		{"!", "!brief\tsyria", true, "brief", "syria"},
		{"!", "!brief\nsyria", true, "brief", "syria"},
		{"!", "!help", true, "help", ""},
		{"!", `!brief syria" OR (`, true, "brief", `syria" OR (`},
		{"!", "brief syria", false, "", ""},
		{"!", "!", false, "", ""},
		{"!", "!!!", false, "", ""},
		{"!", "! brief", false, "", ""},
		{"!", "hello !brief", false, "", ""},
		{"nb!", "nb!brief x", true, "brief", "x"},
		{"", "!brief x", false, "", ""},
	}
	for _, tt := range tests {
		req, ok := Parse(tt.prefix, tt.in)
		if ok != tt.wantOK || req.Name != tt.name || req.Args != tt.args {
			t.Errorf("Parse(%q, %q) = %q, %q, %v; want %q, %q, %v", tt.prefix, tt.in, req.Name, req.Args, ok, tt.name, tt.args, tt.wantOK)
		}
	}
}

func testRouter(logs *bytes.Buffer) *Router {
	r := NewRouter(slog.New(slog.NewTextHandler(logs, nil)))
	r.Add(Command{Name: "brief", Summary: "A briefing.", Options: []Option{{Name: "topic", Required: true}},
		Handler: func(ctx context.Context, req Request) (Reply, error) {
			switch req.Args {
			case "internal":
				return Reply{}, fmt.Errorf("load: %w", &newsbot.Error{Code: newsbot.EINTERNAL, Err: errors.New("SQL logic error: no such table: articles")})
			case "plain":
				return Reply{}, errors.New("sql: database is closed")
			case "missing":
				return Reply{}, newsbot.Errorf(newsbot.ENOTFOUND, "Nothing about %s.", req.Args)
			}
			return Reply{Title: "ok " + req.Args}, nil
		}})
	r.Add(Command{Name: "feed", Admin: true, Summary: "Manage feeds.", Handler: func(context.Context, Request) (Reply, error) {
		return Reply{Title: "feeds"}, nil
	}})
	r.Add(Command{Name: "help", Handler: func(ctx context.Context, req Request) (Reply, error) { return r.help(req), nil }})
	return r
}

func TestHandleTranslatesErrors(t *testing.T) {
	var logs bytes.Buffer
	r := testRouter(&logs)
	ctx := context.Background()
	tests := []struct {
		args      string
		wantKind  Kind
		wantLine  string
		forbidden string
	}{
		{"internal", Failure, "Something went wrong on our side", "SQL"},
		{"plain", Failure, "Something went wrong on our side", "sql:"},
		{"missing", Warning, "Nothing about missing.", ""},
	}
	for _, tt := range tests {
		logs.Reset()
		got := r.Handle(ctx, Request{Name: "brief", Args: tt.args, Prefix: "!"})
		text := Text(got)
		if got.Kind != tt.wantKind || !strings.Contains(text, tt.wantLine) || !got.Ephemeral {
			t.Errorf("Handle(brief %s) = %+v; want kind %v, ephemeral, with %q", tt.args, got, tt.wantKind, tt.wantLine)
		}
		if tt.forbidden != "" && strings.Contains(text, tt.forbidden) {
			t.Errorf("Handle(brief %s) shows %q to the user: %q", tt.args, tt.forbidden, text)
		}
		if !strings.Contains(logs.String(), "command=brief") {
			t.Errorf("Handle(brief %s) logged %q; want the failure logged", tt.args, logs.String())
		}
	}
	logs.Reset()
	r.Handle(ctx, Request{Name: "brief", Args: "internal"})
	if !strings.Contains(logs.String(), "no such table: articles") {
		t.Errorf("log = %q; want the whole error chain", logs.String())
	}
}

func TestHandleUnknownAndAdmin(t *testing.T) {
	var logs bytes.Buffer
	r := testRouter(&logs)
	ctx := context.Background()
	got := Text(r.Handle(ctx, Request{Name: "breif", Prefix: "!"}))
	if !strings.Contains(got, "did you mean !brief") || strings.Count(strings.TrimSpace(got), "\n") != 0 {
		t.Errorf("unknown command reply = %q; want a one-line hint naming !brief", got)
	}
	got = Text(r.Handle(ctx, Request{Name: "xyzzy", Prefix: "!"}))
	if !strings.Contains(got, "!help") || strings.Contains(got, "did you mean") {
		t.Errorf("unknown command reply = %q; want a pointer to !help only", got)
	}
	refused := r.Handle(ctx, Request{Name: "feed", Prefix: "!", GuildID: "1"})
	if refused.Title == "feeds" || !strings.Contains(Text(refused), "needs the Manage Server permission") {
		t.Errorf("non-admin feed = %+v; want a refusal naming the permission", refused)
	}
	// In a direct message there is no server whose settings to change.
	refused = r.Handle(ctx, Request{Name: "feed", Prefix: "!"})
	if got := Text(refused); !strings.Contains(got, "use it in one of its channels") {
		t.Errorf("feed in a DM = %q; want a pointer to the server's channels", got)
	}
	if got := r.Handle(ctx, Request{Name: "feed", Prefix: "!", Admin: true}); got.Title != "feeds" {
		t.Errorf("admin feed = %+v; want it run", got)
	}
}

func TestHelpIsGenerated(t *testing.T) {
	r := New(&Service{})
	all := Text(r.Handle(context.Background(), Request{Name: "help", Prefix: "!"}))
	for _, c := range r.Commands() {
		if !strings.Contains(all, "!"+c.Name) || !strings.Contains(all, c.Summary) {
			t.Errorf("help lacks %s: %q", c.Name, all)
		}
	}
	one := Text(r.Handle(context.Background(), Request{Name: "help", Args: "brief", Prefix: "/"}))
	if !strings.Contains(one, "/brief <topic>") || !strings.Contains(one, "/brief syria") {
		t.Errorf("help brief = %q; want usage and examples with the / prefix", one)
	}
	bad := r.Handle(context.Background(), Request{Name: "help", Args: "nope", Prefix: "!"})
	if !strings.Contains(Text(bad), "no nope command") {
		t.Errorf("help nope = %q", Text(bad))
	}
}

func TestShortenNeverCutsWords(t *testing.T) {
	s := "As we move forward, I will continue to rely on your support and advice, and I think you are right"
	for max := 10; max < len(s)+5; max++ {
		got := Shorten(s, max)
		if utf8.RuneCountInString(got) > max && len(s) > max {
			t.Fatalf("Shorten(%d) = %q: %d runes", max, got, utf8.RuneCountInString(got))
		}
		if got != s {
			body := strings.TrimSuffix(got, " …")
			if !strings.HasPrefix(s, body) || (len(body) < len(s) && s[len(body)] != ' ' && s[len(body)] != ',') {
				t.Errorf("Shorten(%d) = %q cuts inside a word", max, got)
			}
		}
	}
}

func TestBriefingReplyCitesSources(t *testing.T) {
	b := newsbot.Briefing{Topic: "syria", Matched: 3,
		Sentences: []newsbot.BriefSentence{{Text: "One.", Citations: []int{1, 2}}, {Text: "Two.", Citations: []int{2}}},
		Quotes: []newsbot.BriefQuote{{Quote: newsbot.Quote{Speaker: "Dmitry Medvedev", Text: "this could be the last chance",
			Kind: newsbot.Indirect}, Citation: 1}},
		Sources: []newsbot.Source{{Title: "A", Outlet: "VOA", URL: "https://example.org/a"}, {Title: "B"}},
	}
	got := Text(BriefingReply(b, "!"))
	for _, want := range []string{"One. [1][2]", "Two. [2]", "this could be the last chance — Dmitry Medvedev (paraphrase) [1]",
		"[1] A — VOA · date unknown <https://example.org/a>", "[2] B — unknown outlet", "2 of 3 matching articles"} {
		if !strings.Contains(got, want) {
			t.Errorf("BriefingReply text lacks %q:\n%s", want, got)
		}
	}
}

// FuzzParse checks that any chat message either is not a command or parses
// into a lower-case name without spaces and trimmed arguments.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"!brief syria", "!", "!!", "! x", "!BRIEF\tx\ny", "\x00!a", "!é ü"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		req, ok := Parse("!", s)
		if !ok {
			return
		}
		if req.Name == "" || strings.ContainsAny(req.Name, " \t\n") || req.Name != strings.ToLower(req.Name) {
			t.Fatalf("Parse(%q) name = %q", s, req.Name)
		}
		if req.Args != strings.TrimSpace(req.Args) {
			t.Fatalf("Parse(%q) args = %q not trimmed", s, req.Args)
		}
	})
}

func TestQuoteText(t *testing.T) {
	tests := []struct {
		q    newsbot.Quote
		want string
	}{
		{newsbot.Quote{Text: "We are open for business again,", Kind: newsbot.Direct}, "“We are open for business again”"},
		{newsbot.Quote{Text: "“We are open,”", Kind: newsbot.Direct}, "“We are open”"},
		{newsbot.Quote{Text: "this could be the last chance", Kind: newsbot.Indirect}, "this could be the last chance"},
		{newsbot.Quote{Text: "that the talks could begin next week", Kind: newsbot.Indirect}, "the talks could begin next week"},
		{newsbot.Quote{Text: "“Let’s not count our votes yet,” before heading out", Kind: newsbot.Mixed}, "“Let’s not count our votes yet”"},
		{newsbot.Quote{Text: "the plan was “a disaster” for the city", Kind: newsbot.Mixed}, "the plan was “a disaster” for the city"},
		{newsbot.Quote{Text: "“massive” and unnecessary cuts would follow", Kind: newsbot.Mixed}, "“massive” and unnecessary cuts would follow"},
		{newsbot.Quote{Text: "Is it over?", Kind: newsbot.Direct}, "“Is it over?”"},
		{newsbot.Quote{Text: `the claims were "reheated" and old`, Kind: newsbot.Mixed}, `the claims were "reheated" and old`},
		{newsbot.Quote{Text: "“We act,\" … \"Now.”", Kind: newsbot.Direct}, "“We act … Now.”"},
		{newsbot.Quote{Text: "I said so.\n\n\"We\n  agree.", Kind: newsbot.Direct}, "“I said so. We agree.”"},
		{newsbot.Quote{Text: strings.Repeat("word ", 100), Kind: newsbot.Direct}, "“" + strings.TrimSpace(strings.Repeat("word ", 9)) + " …”"},
	}
	for _, tt := range tests {
		if got := QuoteText(tt.q, 52); got != tt.want {
			t.Errorf("QuoteText(%q) = %q, want %q", tt.q.Text, got, tt.want)
		}
	}
}

// TestParseSlash: a slash command typed as text (the console) makes the
// Request Discord sends: options by name in Params, their values in Args.
func TestParseSlash(t *testing.T) {
	r := New(&Service{})
	tests := []struct {
		in      string
		params  map[string]string
		args    string
		wantErr string
	}{
		{"/brief topic:syria", map[string]string{"topic": "syria"}, "syria", ""},
		{"/brief topic:kofi annan", map[string]string{"topic": "kofi annan"}, "kofi annan", ""},
		{"/brief TOPIC: kofi  annan", map[string]string{"topic": "kofi annan"}, "kofi annan", ""},
		{"/brief syria", nil, "syria", ""},
		{"/brief syria topic:x", nil, "syria topic:x", ""},
		{"/help command:brief", map[string]string{"command": "brief"}, "brief", ""},
		{"/digest action:subscribe time:08:00 zone:Europe/Berlin topics:syria, ukraine quiet:skip",
			map[string]string{"action": "subscribe", "time": "08:00", "zone": "Europe/Berlin", "topics": "syria, ukraine", "quiet": "skip"},
			"subscribe 08:00 Europe/Berlin syria, ukraine skip", ""},
		{"/digest subscribe 08:00 UTC quiet:skip", nil, "subscribe 08:00 UTC quiet:skip", ""},
		{"/brief topc:syria", nil, "", "`/brief` has no option `topc`"},
		{"/quotes who:medvedev who:annan", nil, "", "`who` is given twice"},
		{"/about", nil, "", ""},
		{"/nosuch x:y", nil, "x:y", ""},
	}
	for _, tt := range tests {
		req, ok, err := r.ParseSlash(tt.in)
		if tt.wantErr != "" {
			if !ok || newsbot.ErrorCode(err) != newsbot.EINVALID || !strings.Contains(newsbot.ErrorMessage(err), tt.wantErr) {
				t.Errorf("ParseSlash(%q) = %v, %v; want an error with %q", tt.in, ok, err, tt.wantErr)
			}
			continue
		}
		if !ok || err != nil || req.Prefix != "/" || req.Args != tt.args || fmt.Sprint(req.Params) != fmt.Sprint(tt.params) {
			t.Errorf("ParseSlash(%q) = %+v, %v, %v; want params %v, args %q", tt.in, req, ok, err, tt.params, tt.args)
		}
	}
	if _, ok, _ := r.ParseSlash("/ hello"); ok {
		t.Error(`ParseSlash("/ hello") is a command`)
	}
}

// TestHelpFindsCommandsWrittenWithAPrefix: "!help /brief" explains the
// slash command, not "There is no /brief command".
func TestHelpFindsCommandsWrittenWithAPrefix(t *testing.T) {
	r := New(&Service{})
	for _, args := range []string{"/brief", "!brief", "brief", "BRIEF"} {
		got := Text(r.Handle(context.Background(), Request{Name: "help", Args: args, Prefix: "!"}))
		if !strings.Contains(got, "!brief <topic>") {
			t.Errorf("!help %s = %q; want the brief command's help", args, got)
		}
	}
}

// FuzzParseSlash checks that any typed slash command either is not a
// command, is refused with a message, or parses into options the command
// has, with trimmed values that Args holds in order.
func FuzzParseSlash(f *testing.F) {
	for _, s := range []string{"/brief topic:syria", "/brief topc:x", "/digest action:subscribe time:08:00 zone:UTC", "/brief topic:",
		"/quotes who:a who:b", "/help command:/brief", "/brief :x", "/ x", "/BRIEF TOPIC:é ü"} {
		f.Add(s)
	}
	r := New(&Service{})
	f.Fuzz(func(t *testing.T, s string) {
		req, ok, err := r.ParseSlash(s)
		if !ok {
			return
		}
		if err != nil {
			if newsbot.ErrorCode(err) != newsbot.EINVALID || newsbot.ErrorMessage(err) == "" {
				t.Fatalf("ParseSlash(%q) error %v is not a message for the user", s, err)
			}
			return
		}
		if req.Prefix != "/" || req.Args != strings.TrimSpace(req.Args) {
			t.Fatalf("ParseSlash(%q) = %+v", s, req)
		}
		c, _ := r.Lookup(req.Name)
		for name, v := range req.Params {
			if !slices.ContainsFunc(c.Options, func(o Option) bool { return o.Name == name }) {
				t.Fatalf("ParseSlash(%q) set option %q, which %s does not have", s, name, req.Name)
			}
			if v != strings.TrimSpace(v) || !strings.Contains(req.Args, v) {
				t.Fatalf("ParseSlash(%q) option %s = %q; args %q", s, name, v, req.Args)
			}
		}
	})
}
