"""Text of the two demo workshops. Each session follows check-in, topic, practice, homework."""


def _session(title, objectives, check_in, topic, practice_kind, practice, homework, lessons=()):
    return {
        "title": title,
        "objectives": objectives,
        "check_in": f"<p>{check_in}</p>",
        "topic": f"<p>{topic}</p>",
        "practice": {"kind": practice_kind, "instructions": f"<p>{practice}</p>"},
        "homework": f"<p>{homework}</p>",
        "lessons": list(lessons),  # (module slug, lesson slug) pairs, linked when the demo modules exist
    }


# Every role-play says members may watch instead: some have lived with violence, and acting out a
# conflict can bring it back.
ROLE_PLAY_OPT_OUT = (
    " You may watch instead of taking a part, for any reason."
    " If you have lived with violence, tell the facilitator what feels safe."
)


WORKSHOPS = [
    {
        "slug": "family-recovery-foundations",
        "title": "Family Recovery Foundations",
        "summary": "Six weekly evening sessions on how addiction and treatment work, and how families can help "
        "without losing themselves.",
        "audience": "Parents, partners, siblings and friends of someone in an outpatient program.",
        "certificate_title": "Family Foundations Series",
        "min_sessions_attended": 5,
        "sessions": [
            _session(
                "Addiction as a health condition",
                ["Explain addiction as a health condition", "Name one feeling you bring to the group"],
                "Say your first name and one word for how your week went.",
                "Addiction changes how the brain handles reward and stress. "
                "No single thing causes it, blame does not help, and it can be treated.",
                "reflection",
                "In pairs, share one belief about addiction you held before and how it has changed.",
                "Read the lesson on what addiction is, and write down one question for next week.",
                [("addiction-basics", "what-addiction-is")],
            ),
            _session(
                "How treatment and recovery work",
                ["Describe what happens in an outpatient program", "Understand that setbacks can be part of recovery"],
                "Share one thing you noticed about yourself since last week.",
                "Treatment takes time. Recovery is a path with ups and downs, and a setback is not the end.",
                "reflection",
                "Draw a simple line of your family's last year. Mark one hard moment and one hopeful one.",
                "Read the lesson on relapse and recovery.",
                [("addiction-basics", "relapse-and-recovery")],
            ),
            _session(
                "Helping without enabling",
                ["Tell helping apart from enabling", "Pick one rescue to stop, in a safe way"],
                "One word for your energy today.",
                "Helping supports recovery. Enabling protects the person from the results of their use.",
                "role_play",
                "Practise saying no to a request for money, kindly and clearly. Swap roles after three minutes."
                + ROLE_PLAY_OPT_OUT,
                "Notice one moment this week when you wanted to rescue, and what you did instead.",
                [("enabling", "enabling-vs-helping")],
            ),
            _session(
                "Talking so your loved one can listen",
                ["Use an I-statement", "Pick a good moment for a hard talk"],
                "Share one conversation from this week that went better than you expected.",
                "Short, calm, positive sentences work better than lectures. Timing matters.",
                "communication",
                "Turn three 'you always' sentences into I-statements, then try them out loud with a partner.",
                "Use one I-statement at home this week.",
                [("communication-tools", "i-statements-and-timing")],
            ),
            _session(
                "Boundaries and conflict",
                ["Set one clear boundary", "Calm a conflict before it grows"],
                "Rate your stress this week from 1 to 10.",
                "A boundary says what you will do, not what the other person must do.",
                "conflict_resolution",
                "Act out a tense dinner-table moment. Practise pausing, naming the feeling and stepping away.",
                "Write down one boundary and when you will say it.",
                [("communication-tools", "setting-boundaries")],
            ),
            _session(
                "Caring for yourself",
                ["Make a small self-care plan", "Know where to find support after the group"],
                "Share one thing you did for yourself this week.",
                "You cannot pour from an empty cup. Rest, friends and support groups help families stay well.",
                "reflection",
                "Make a one-page plan: three things that calm you, two people you can call, one group to try.",
                "Keep your plan where you can see it.",
                [("caregiver-coping", "stress-and-self-care")],
            ),
        ],
    },
    {
        "slug": "communication-and-boundaries",
        "title": "Communication and Boundaries",
        "summary": "Four practical sessions to talk calmly, say no with care and handle conflict at home.",
        "audience": "Any family member or friend who wants to practise new ways of talking.",
        "certificate_title": "Communication Skills Series",
        "min_sessions_attended": 3,
        "sessions": [
            _session(
                "Listening first",
                ["Reflect back what you heard"],
                "One word for your week.",
                "People calm down when they feel heard. Listening is a skill you can practise.",
                "communication",
                "In threes: one speaks, one listens and reflects back, one watches. Swap roles.",
                "Reflect back once a day this week.",
                [("communication-tools", "craft-positive-communication")],
            ),
            _session(
                "I-statements and timing",
                ["Turn blame into an I-statement"],
                "Share one moment you felt heard this week.",
                "Say how you feel and what you need, at a calm moment.",
                "role_play",
                "Role-play asking for help with chores using an I-statement." + ROLE_PLAY_OPT_OUT,
                "Try one I-statement at home.",
            ),
            _session(
                "Saying no with care",
                ["Say no without a long explanation"],
                "Rate your week from 1 to 10.",
                "A clear, kind no protects you and your loved one.",
                "role_play",
                "Practise saying no to three requests. Keep each answer under ten words." + ROLE_PLAY_OPT_OUT,
                "Notice when you want to explain too much.",
            ),
            _session(
                "When conflict starts",
                ["Use a time-out well", "Come back to a talk after a break"],
                "One thing you are proud of from the last four weeks.",
                "A time-out is a pause, not a punishment. Say when you will come back.",
                "conflict_resolution",
                "Practise calling a time-out and coming back to the talk twenty minutes later.",
                "Agree on a time-out signal with someone at home.",
            ),
        ],
    },
]
