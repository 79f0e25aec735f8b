package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsbot-dev/newsbot/bot"
	"github.com/newsbot-dev/newsbot/bot/fakediscord"
)

// lockedBuffer is a bytes.Buffer safe for the bot's goroutines.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// discordRun is `newsbot run` in-process against a fake Discord.
type discordRun struct {
	t              *testing.T
	fake           *fakediscord.Server
	stdout, stderr *lockedBuffer
	cancel         context.CancelFunc
	done           chan error
}

// startRun runs `newsbot run` with vars as its environment (NEWSBOT_DB in
// dir unless given) and waits until it has registered its slash commands.
func startRun(t *testing.T, fake *fakediscord.Server, dir string, vars map[string]string) *discordRun {
	t.Helper()
	r := &discordRun{t: t, fake: fake, stdout: &lockedBuffer{}, stderr: &lockedBuffer{}, done: make(chan error, 1)}
	env := &Env{Stdin: strings.NewReader(""), Stdout: r.stdout, Stderr: r.stderr, Getenv: func(k string) string {
		if v, ok := vars[k]; ok {
			return v
		}
		if k == "NEWSBOT_DB" {
			return filepath.Join(dir, "data", "newsbot.db")
		}
		return ""
	}}
	ctx, cancel := context.WithCancel(context.Background())
	r.cancel = cancel
	go func() { r.done <- Main(ctx, env, []string{"run"}) }()
	t.Cleanup(func() {
		if r.cancel != nil {
			r.stop()
		}
	})
	wctx, wcancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer wcancel()
	if _, err := fake.WaitRequest(wctx, 0, fakediscord.Is("PUT", "/api/v9/applications/*")); err != nil {
		cancel()
		t.Fatalf("newsbot run did not register its commands: %v\nstderr:\n%s", err, r.stderr.String())
	}
	return r
}

// stop sends the equivalent of SIGINT and returns what Main returned.
func (r *discordRun) stop() error {
	r.cancel()
	r.cancel = nil
	select {
	case err := <-r.done:
		return err
	case <-time.After(20 * time.Second):
		r.t.Fatal("newsbot run did not stop")
		return nil
	}
}

func (r *discordRun) send(event string, data any, match func(fakediscord.Request) bool) fakediscord.Request {
	r.t.Helper()
	n := r.fake.Len()
	if err := r.fake.Dispatch(event, data); err != nil {
		r.t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	req, err := r.fake.WaitRequest(ctx, n, match)
	if err != nil {
		r.t.Fatalf("%v\nstderr:\n%s", err, r.stderr.String())
	}
	return req
}

var (
	postMessage = fakediscord.Is("POST", "/api/v9/channels/"+fakediscord.ChannelID+"/messages")
	callback    = fakediscord.Is("POST", "/api/v9/interactions/*")
)

type embed struct {
	Title       string `json:"title"`
	URL         string `json:"url"`
	Description string `json:"description"`
	Fields      []struct {
		Name  string `json:"name"`
		Value string `json:"value"`
	} `json:"fields"`
	Footer *struct {
		Text string `json:"text"`
	} `json:"footer"`
}

type messageBody struct {
	Content         string          `json:"content"`
	Embeds          []embed         `json:"embeds"`
	AllowedMentions json.RawMessage `json:"allowed_mentions"`
}

var (
	maskedLink     = regexp.MustCompile(`\[((?:\\.|[^\]\\])*)\]\(([^)]*)\)`)
	markdownEscape = regexp.MustCompile(`\\([\\*_~|\[\]` + "`" + `])`)
)

// plainText renders posted embeds as the console renders a reply: title,
// body, each field as a section of indented items with their links at the
// end, footer; Markdown code marks dropped.
func plainText(embeds []embed) string {
	var blocks []string
	for _, e := range embeds {
		if e.Title != "" {
			t := e.Title
			if e.URL != "" {
				t += " <" + e.URL + ">"
			}
			blocks = append(blocks, t)
		}
		if e.Description != "" {
			blocks = append(blocks, e.Description)
		}
		for _, f := range e.Fields {
			var b strings.Builder
			b.WriteString(f.Name)
			for _, line := range strings.Split(f.Value, "\n") {
				var links []string
				line = maskedLink.ReplaceAllStringFunc(line, func(m string) string {
					sub := maskedLink.FindStringSubmatch(m)
					links = append(links, " <"+sub[2]+">")
					return sub[1]
				})
				b.WriteString("\n  " + line + strings.Join(links, ""))
			}
			blocks = append(blocks, b.String())
		}
		if e.Footer != nil {
			blocks = append(blocks, e.Footer.Text)
		}
	}
	text := markdownEscape.ReplaceAllString(strings.Join(blocks, "\n\n"), "$1")
	return strings.ReplaceAll(text, "`", "") + "\n"
}

func checkNoMentions(t *testing.T, what string, raw json.RawMessage) {
	t.Helper()
	var am map[string]any
	if err := json.Unmarshal(raw, &am); err != nil {
		t.Fatalf("%s: allowed_mentions %s: %v", what, raw, err)
	}
	if parse, ok := am["parse"].([]any); !ok || len(parse) != 0 || am["users"] != nil || am["roles"] != nil || am["replied_user"] == true {
		t.Errorf("%s: allowed_mentions = %s; want {\"parse\": []}", what, raw)
	}
}

// TestRunAcceptance is issue 3's acceptance: with a fake Discord on
// loopback, DISCORD_TOKEN=x DISCORD_API_BASE=http://127.0.0.1:PORT newsbot
// run registers the slash commands, answers !brief syria in a channel and
// /brief topic:syria as an interaction with the same briefing as the
// console, within Discord's limits, with empty allowed_mentions.
func TestRunAcceptance(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	fake := fakediscord.New("x")
	defer fake.Close()
	r := startRun(t, fake, dir, map[string]string{"DISCORD_TOKEN": "x", "DISCORD_API_BASE": fake.URL})

	// Registered globally by one bulk overwrite, generated from the registry.
	var puts []fakediscord.Request
	for _, req := range fake.Requests() {
		if req.Method == "PUT" {
			puts = append(puts, req)
		}
	}
	if len(puts) != 1 || puts[0].Path != "/api/v9/applications/"+fakediscord.AppID+"/commands" {
		t.Fatalf("registration: %d PUTs, first %+v; want one global bulk overwrite", len(puts), puts)
	}
	var cmds []struct {
		Name    string `json:"name"`
		Options []struct {
			Name         string `json:"name"`
			Required     bool   `json:"required"`
			Autocomplete bool   `json:"autocomplete"`
		} `json:"options"`
	}
	if err := puts[0].Decode(&cmds); err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, c := range cmds {
		names = append(names, c.Name)
		if c.Name == "brief" && (len(c.Options) != 1 || c.Options[0].Name != "topic" || !c.Options[0].Required || !c.Options[0].Autocomplete) {
			t.Errorf("/brief options = %+v", c.Options)
		}
	}
	for _, want := range []string{"brief", "quotes", "articles", "about", "help"} {
		if !slices.Contains(names, want) {
			t.Errorf("registered %v; %s missing", names, want)
		}
	}

	// !brief syria in a channel.
	req := r.send("MESSAGE_CREATE", fakediscord.Message("m1", "700", "!brief syria", fakediscord.GuildID), postMessage)
	var msg messageBody
	if err := req.Decode(&msg); err != nil {
		t.Fatal(err)
	}
	checkNoMentions(t, "!brief syria", msg.AllowedMentions)
	if len(msg.Embeds) != 1 {
		t.Fatalf("posted %d embeds: %s", len(msg.Embeds), req.Body)
	}
	e := msg.Embeds[0]
	if e.Title != "Briefing: syria" || len(e.Fields) != 2 || e.Fields[0].Name != "Key quotes" || e.Fields[1].Name != "Sources" {
		t.Fatalf("embed = %+v", e)
	}
	if !strings.Contains(e.Fields[1].Value, "Peace Envoy Annan Presses Russia on Syria — Voice of America · 25 Mar 2012") {
		t.Errorf("sources = %q", e.Fields[1].Value)
	}
	if n := strings.Count(e.Fields[0].Value, "\n") + 1; n < 3 || !strings.Contains(e.Fields[0].Value, "— Kofi Annan") {
		t.Errorf("quotes (%d) = %q; want at least 3 with speakers", n, e.Fields[0].Value)
	}
	checkPostedLimits(t, msg)

	// The same content the console prints.
	console := consoleOutput(t, dir, "!brief syria")
	if got := plainText(msg.Embeds); got != console {
		t.Errorf("the bot posted other content than the console prints:\nbot:\n%s\nconsole:\n%s", got, console)
	}

	// /brief topic:syria as an interaction: the same briefing.
	n := fake.Len()
	req = r.send("INTERACTION_CREATE", fakediscord.Command("i1", "701", "brief", map[string]string{"topic": "syria"}, fakediscord.PermMember), callback)
	var cb struct {
		Type int         `json:"type"`
		Data messageBody `json:"data"`
	}
	if err := req.Decode(&cb); err != nil {
		t.Fatal(err)
	}
	checkNoMentions(t, "/brief topic:syria", cb.Data.AllowedMentions)
	switch cb.Type {
	case 4: // answered at once
	case 5: // deferred (a loaded machine): the answer comes as an edit
		ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
		defer cancel()
		edit, err := fake.WaitRequest(ctx, n, fakediscord.Is("PATCH", "/api/v9/webhooks/"+fakediscord.AppID+"/token-i1/messages/@original"))
		if err != nil {
			t.Fatal(err)
		}
		cb.Data = messageBody{}
		if err := edit.Decode(&cb.Data); err != nil {
			t.Fatal(err)
		}
		checkNoMentions(t, "/brief topic:syria, edited", cb.Data.AllowedMentions)
	default:
		t.Fatalf("interaction callback type %d: %s", cb.Type, req.Body)
	}
	if got := plainText(cb.Data.Embeds); got != console {
		t.Errorf("/brief differs from the console:\n%s", got)
	}

	// Autocompletion from the archive.
	req = r.send("INTERACTION_CREATE", fakediscord.Autocomplete("i2", "701", "brief", map[string]string{"topic": "syr"}, "topic"), callback)
	if !strings.Contains(string(req.Body), `"value":"Syria"`) {
		t.Errorf("autocomplete for syr = %s; want Syria", req.Body)
	}
	req = r.send("INTERACTION_CREATE", fakediscord.Autocomplete("i3", "701", "quotes", map[string]string{"who": "medv"}, "who"), callback)
	if !strings.Contains(string(req.Body), `"value":"Dmitry Medvedev"`) {
		t.Errorf("autocomplete for medv = %s; want Dmitry Medvedev", req.Body)
	}

	// A topic full of mentions pings nobody.
	req = r.send("MESSAGE_CREATE", fakediscord.Message("m2", "700", "!brief @everyone <@123> <@&456> syria", fakediscord.GuildID), postMessage)
	var ping messageBody
	req.Decode(&ping)
	checkNoMentions(t, "!brief @everyone", ping.AllowedMentions)

	// !about works for anyone.
	req = r.send("MESSAGE_CREATE", fakediscord.Message("m3", "702", "!about", fakediscord.GuildID), postMessage)
	if !strings.Contains(string(req.Body), "1 article from 1 outlet") {
		t.Errorf("!about = %s", req.Body)
	}

	if err := r.stop(); err != nil {
		t.Errorf("newsbot run stopped with %v", err)
	}
	out := r.stdout.String()
	if !strings.Contains(out, "connected to Discord as newsbot, 1 article;") || !strings.Contains(out, "disconnected") {
		t.Errorf("stdout = %q", out)
	}
}

func checkPostedLimits(t *testing.T, m messageBody) {
	t.Helper()
	total := 0
	for _, e := range m.Embeds {
		if bot.Length(e.Title) > bot.MaxTitle || bot.Length(e.Description) > bot.MaxDescription || len(e.Fields) > bot.MaxFields {
			t.Errorf("embed over a limit: %+v", e)
		}
		total += bot.Length(e.Title) + bot.Length(e.Description)
		for _, f := range e.Fields {
			if bot.Length(f.Name) > bot.MaxFieldName || bot.Length(f.Value) > bot.MaxFieldValue {
				t.Errorf("field over a limit: %q", f.Name)
			}
			total += bot.Length(f.Name) + bot.Length(f.Value)
		}
		if e.Footer != nil {
			total += bot.Length(e.Footer.Text)
		}
	}
	if total > bot.MaxEmbedsTotal || len(m.Embeds) > bot.MaxEmbeds || bot.Length(m.Content) > bot.MaxContent {
		t.Errorf("message over a limit: %d characters in %d embeds", total, len(m.Embeds))
	}
}

// consoleOutput is what `newsbot console` prints for one line.
func consoleOutput(t *testing.T, dir, line string) string {
	t.Helper()
	var stdout, stderr bytes.Buffer
	env := &Env{Stdin: strings.NewReader(line + "\n"), Stdout: &stdout, Stderr: &stderr, Getenv: func(k string) string {
		if k == "NEWSBOT_DB" {
			return filepath.Join(dir, "data", "newsbot.db")
		}
		return ""
	}}
	if err := Main(context.Background(), env, []string{"console"}); err != nil {
		t.Fatalf("console: %v\n%s", err, stderr.String())
	}
	return strings.TrimSuffix(stdout.String(), "\n") // the console adds a blank line after each reply
}

// The token may come from a file, with the "Bot " prefix and a newline.
func TestRunReadsTokenFile(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	file := filepath.Join(dir, "token")
	if err := os.WriteFile(file, []byte("Bot file.token\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	fake := fakediscord.New("file.token")
	defer fake.Close()
	r := startRun(t, fake, dir, map[string]string{"DISCORD_TOKEN_FILE": file, "DISCORD_API_BASE": fake.URL + "/", "NEWSBOT_GUILD_ID": fakediscord.GuildID})
	reqs := fake.Requests()
	if last := reqs[len(reqs)-1]; last.Path != "/api/v9/applications/"+fakediscord.AppID+"/guilds/"+fakediscord.GuildID+"/commands" {
		t.Errorf("NEWSBOT_GUILD_ID: registered at %s", last.Path)
	}
	if err := r.stop(); err != nil {
		t.Error(err)
	}
}

func TestRunExplainsTokenProblems(t *testing.T) {
	t.Parallel()
	tokenFile := filepath.Join(t.TempDir(), "token")
	os.WriteFile(tokenFile, []byte("\n"), 0o600)
	tests := []struct {
		name string
		vars map[string]string
		want []string
	}{
		{"missing", nil, []string{"needs a Discord bot token", "DISCORD_TOKEN", "developer portal"}},
		{"blank", map[string]string{"DISCORD_TOKEN": "  "}, []string{"needs a Discord bot token"}},
		{"spaces", map[string]string{"DISCORD_TOKEN": "abc def.ghi"}, []string{"DISCORD_TOKEN", "malformed", "white space"}},
		{"bearer", map[string]string{"DISCORD_TOKEN": "Bearer abc"}, []string{"OAuth2"}},
		{"both", map[string]string{"DISCORD_TOKEN": "abc", "DISCORD_TOKEN_FILE": tokenFile}, []string{"both"}},
		{"empty file", map[string]string{"DISCORD_TOKEN_FILE": tokenFile}, []string{"empty"}},
		{"no file", map[string]string{"DISCORD_TOKEN_FILE": tokenFile + ".missing"}, []string{"token file", "no such file"}},
		{"bad base", map[string]string{"DISCORD_TOKEN": "x", "DISCORD_API_BASE": "localhost:8081"}, []string{"API base", "http"}},
		{"bad cooldown", map[string]string{"DISCORD_TOKEN": "x", "NEWSBOT_COOLDOWN": "soon"}, []string{"cooldown", "3s"}},
		{"bad guild", map[string]string{"DISCORD_TOKEN": "x", "NEWSBOT_GUILD_ID": "my server"}, []string{"guild ID", "numeric"}},
	}
	for _, tt := range tests {
		dir := t.TempDir()
		var stdout, stderr bytes.Buffer
		env := &Env{Stdin: strings.NewReader(""), Stdout: &stdout, Stderr: &stderr, Getenv: func(k string) string {
			if k == "NEWSBOT_DB" {
				return filepath.Join(dir, "newsbot.db")
			}
			return tt.vars[k]
		}}
		err := Main(context.Background(), env, []string{"run"})
		if err == nil {
			t.Errorf("%s: run succeeded", tt.name)
			continue
		}
		for _, w := range tt.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: error %q lacks %q", tt.name, err, w)
			}
		}
		if v := tt.vars["DISCORD_TOKEN"]; len(strings.TrimSpace(v)) > 3 && strings.Contains(err.Error(), v) {
			t.Errorf("%s: the error shows the token: %v", tt.name, err)
		}
	}
}

func TestRunHelpListsSettings(t *testing.T) {
	var stdout, stderr bytes.Buffer
	env := &Env{Stdin: strings.NewReader(""), Stdout: &stdout, Stderr: &stderr, Getenv: func(k string) string {
		if k == "DISCORD_TOKEN" {
			return "secret.token.value"
		}
		return ""
	}}
	if err := Main(context.Background(), env, []string{"run", "--help"}); err != flag.ErrHelp {
		t.Fatalf("run --help: %v", err)
	}
	help := stderr.String()
	for _, want := range []string{"DISCORD_TOKEN", "DISCORD_TOKEN_FILE", "DISCORD_API_BASE", `default "https://discord.com"`,
		"NEWSBOT_PREFIX", `default "!"`, "NEWSBOT_GUILD_ID", "NEWSBOT_COOLDOWN", `default "3s"`, "NEWSBOT_SHUTDOWN_TIMEOUT",
		"NEWSBOT_DB", "NEWSBOT_LOG_LEVEL", "Message Content Intent"} {
		if !strings.Contains(help, want) {
			t.Errorf("run --help lacks %s:\n%s", want, help)
		}
	}
	if strings.Contains(help, "secret.token.value") {
		t.Errorf("run --help shows the token:\n%s", help)
	}
	stdout.Reset()
	if err := Main(context.Background(), env, []string{"help"}); err != nil || !strings.Contains(stdout.String(), "run ") {
		t.Errorf("newsbot help does not list run: %q", stdout.String())
	}
}
