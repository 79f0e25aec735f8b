package bot

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/newsbot-dev/newsbot/commands"
)

// manageGuild is what admin commands need: Manage Server, which
// Administrator implies.
const manageGuild = discordgo.PermissionManageGuild | discordgo.PermissionAdministrator

// Discord's rules for application commands (API reference: Application
// Commands, "Application Command Naming" and the option structure).
var slashName = regexp.MustCompile(`^[-_\p{Ll}\p{N}]{1,32}$`)

const (
	maxSlashDescription = 100
	maxChoices          = 25
	maxChoiceLength     = 100
)

// ApplicationCommands describes the router's commands as slash commands,
// for a bulk overwrite: the registry is the one source of truth, so a
// command removed from it disappears from Discord at the next start.
// Admin commands are hidden from members without Manage Server
// (default_member_permissions) and from DMs; the bot still checks.
func ApplicationCommands(cmds []commands.Command) ([]*discordgo.ApplicationCommand, error) {
	out := make([]*discordgo.ApplicationCommand, 0, len(cmds))
	for _, c := range cmds {
		if !slashName.MatchString(c.Name) {
			return nil, fmt.Errorf("command %q cannot be a slash command: names are 1 to 32 lower-case letters, digits, - or _", c.Name)
		}
		ac := &discordgo.ApplicationCommand{
			Type:        discordgo.ChatApplicationCommand,
			Name:        c.Name,
			Description: plainFit(c.Summary, maxSlashDescription, c.Name),
			Options:     []*discordgo.ApplicationCommandOption{},
		}
		if c.Admin {
			perm := int64(discordgo.PermissionManageGuild)
			ac.DefaultMemberPermissions = &perm
			no := false
			ac.DMPermission = &no
		}
		opts := slices.Clone(c.Options)
		// Discord wants required options first.
		slices.SortStableFunc(opts, func(a, b commands.Option) int {
			switch {
			case a.Required == b.Required:
				return 0
			case a.Required:
				return -1
			}
			return 1
		})
		for _, o := range opts {
			if !slashName.MatchString(o.Name) {
				return nil, fmt.Errorf("option %q of command %q cannot be a slash-command option", o.Name, c.Name)
			}
			ac.Options = append(ac.Options, &discordgo.ApplicationCommandOption{
				Type:         discordgo.ApplicationCommandOptionString,
				Name:         o.Name,
				Description:  plainFit(o.Description, maxSlashDescription, o.Name),
				Required:     o.Required,
				Autocomplete: o.Autocomplete,
			})
		}
		out = append(out, ac)
	}
	return out, nil
}

// plainFit shortens s at a word boundary to Discord's limit on names and
// descriptions, falling back to def when s is empty.
func plainFit(s string, max int, def string) string {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" {
		s = def
	}
	return fit(s, max)
}

// interactionRequest turns a slash command into the same Request a prefix
// message makes: options by name in Params and, in order, in Args.
func interactionRequest(i *discordgo.Interaction) commands.Request {
	data := i.ApplicationCommandData()
	req := commands.Request{
		Name:      strings.ToLower(data.Name),
		Params:    map[string]string{},
		Prefix:    "/",
		GuildID:   i.GuildID,
		ChannelID: i.ChannelID,
		UserID:    interactionUser(i),
	}
	var args []string
	for _, o := range data.Options {
		v := optionString(o)
		req.Params[o.Name] = v
		if v != "" {
			args = append(args, v)
		}
	}
	req.Args = strings.Join(args, " ")
	// In a guild Discord sends the member's permissions in the channel,
	// with roles, overwrites, ownership and Administrator already applied.
	req.Admin = i.Member != nil && i.Member.Permissions&manageGuild != 0
	return req
}

func interactionUser(i *discordgo.Interaction) string {
	switch {
	case i.Member != nil && i.Member.User != nil:
		return i.Member.User.ID
	case i.User != nil:
		return i.User.ID
	}
	return ""
}

func optionString(o *discordgo.ApplicationCommandInteractionDataOption) string {
	if s, ok := o.Value.(string); ok {
		return strings.TrimSpace(s)
	}
	if o.Value == nil {
		return ""
	}
	return fmt.Sprint(o.Value)
}

// focusedOption returns the option an autocomplete interaction asks about.
func focusedOption(i *discordgo.Interaction) (*discordgo.ApplicationCommandInteractionDataOption, bool) {
	for _, o := range i.ApplicationCommandData().Options {
		if o.Focused {
			return o, true
		}
	}
	return nil, false
}

// choices turns suggestions into at most 25 autocomplete choices of at
// most 100 characters, without duplicates.
func choices(suggestions []string) []*discordgo.ApplicationCommandOptionChoice {
	out := []*discordgo.ApplicationCommandOptionChoice{}
	seen := map[string]bool{}
	for _, s := range suggestions {
		s = strings.Join(strings.Fields(s), " ")
		if Length(s) > maxChoiceLength {
			s = prefixWithin(s, maxChoiceLength)
			if i := strings.LastIndexByte(s, ' '); i > 0 {
				s = s[:i]
			}
		}
		if s == "" || seen[strings.ToLower(s)] {
			continue
		}
		seen[strings.ToLower(s)] = true
		out = append(out, &discordgo.ApplicationCommandOptionChoice{Name: s, Value: s})
		if len(out) == maxChoices {
			break
		}
	}
	return out
}

// canManageGuild computes Manage Server for a message's author from the
// guild's roles (API reference: Permissions, "Permission Hierarchy"): the
// owner may; otherwise the permissions of @everyone (whose role ID is the
// guild's) and of the member's roles are combined, and Administrator
// implies every permission. Channel overwrites do not matter for a
// guild-wide permission.
func canManageGuild(g guildRoles, userID string, memberRoles []string) bool {
	if userID != "" && userID == g.ownerID {
		return true
	}
	var perms int64
	for _, r := range g.roles {
		if r.ID == g.id || slices.Contains(memberRoles, r.ID) {
			perms |= r.Permissions
		}
	}
	return perms&manageGuild != 0
}

// guildRoles is what canManageGuild needs of a guild, copied out of the
// session state under its lock.
type guildRoles struct {
	id, ownerID string
	roles       []discordgo.Role
}
