"""Demo psychoeducation content for Kinship's learning modules.

This file holds plain Python data only: five self-paced modules for the
families and friends of people in addiction or mental-health intensive
outpatient treatment (IOP). It is written originally for Kinship in plain
language (about an 8th-grade reading level) and is meant to stay consistent
with public guidance from NIDA and SAMHSA.

Notes for editors:
- Every family story in a ("quote", ...) block is an invented composite.
  None of them describes or quotes a real person.
- Use person-first words ("your loved one", "a person with a substance use
  disorder"). Avoid labels and words like "clean" or "dirty".
- Never suggest that families cause or can cure addiction, and never promise
  outcomes.
- ("crisis_resources", ...) blocks only carry an intro line. The site fills in
  the phone numbers (988, 911, SAMHSA's National Helpline) itself.
- Rich text allows only <p>, <b>, <i>, <ul>, <ol>, <li> and <a href="https://...">.
"""

# The data below is laid out by hand to keep this long file compact and easy to scan,
# so the formatter is asked to leave it alone.
# fmt: off
MODULES: list[dict] = [
    # ------------------------------------------------------------------
    # Module 1: Addiction basics
    # ------------------------------------------------------------------
    {
        "slug": "addiction-basics",
        "title": "Understanding Addiction",
        "topic": "addiction-basics",
        "summary": "Addiction is a treatable health condition that affects the brain, not a moral failing. Learn how "
            "treatment, recovery, relapse, and IOP work.",
        "objectives": [
            "By the end you can explain, in plain words, why addiction is a health condition and not a moral failing.",
            "By the end you can name the main parts of treatment, including therapy and medication.",
            "By the end you can describe relapse as something that happens in many recovery paths, and know how "
                "to respond safely.",
            "By the end you can explain what an intensive outpatient program (IOP) is and how you can support it.",
        ],
        "order": 1,
        "lessons": [
            {
                "slug": "what-addiction-is",
                "title": "What addiction is",
                "minutes": 6,
                "body": [
                    ("heading", {"text": "Addiction is a health condition", "level": "h2"}),
                    ("paragraph",
                        "<p>If someone you love is in treatment, you may feel scared, angry, or confused. You may "
                        "feel all three at once. Those feelings are normal. A good place to start is a clear "
                        "picture of what addiction is, and what it is not.</p>"
                        "<p>Addiction is a long-lasting health condition that affects the brain and behavior. "
                        "Doctors call it a <b>substance use disorder</b>. That means a pattern of alcohol or drug "
                        "use that keeps going even when it causes real harm. A person's health, work, money, or "
                        "relationships may suffer. They may want to stop. They may try hard to stop. But they find "
                        "they can't do it alone.</p>"
                        "<p>Addiction is <b>not</b> a moral failing. It is not a sign of weak willpower or a bad "
                        "heart. Like diabetes or heart disease, it is a condition that can be treated. Many people "
                        "get better.</p>"),
                    ("heading", {"text": "What happens in the brain", "level": "h2"}),
                    ("paragraph",
                        "<p>Alcohol and drugs act on the brain's reward system. This is the part that makes us "
                        "feel good when we eat, laugh, or spend time with people we love. Substances flood this "
                        "system with strong signals. Over time, the brain adjusts.</p>"
                        "<p>Research from the National Institute on Drug Abuse (NIDA) shows that repeated use can "
                        "change three key areas:</p><ul>"
                        "<li><b>Reward.</b> Everyday joys start to feel flat. The substance becomes the main "
                        "source of relief or pleasure.</li>"
                        "<li><b>Stress.</b> Without the substance, the person may feel anxious, cranky, or sick. "
                        "Using becomes a way to stop feeling bad.</li>"
                        "<li><b>Self-control.</b> The parts of the brain that help us plan, weigh choices, and "
                        "stop ourselves get weaker.</li></ul>"
                        "<p>These changes help explain why your loved one may keep using, even when they see the "
                        "damage. It is not that they don't care. Their brain is working against them. The hopeful "
                        "part is that the brain can heal. Many of these changes can improve with time and "
                        "treatment.</p>"),
                    ("heading", {"text": "Why some people and not others", "level": "h2"}),
                    ("paragraph",
                        "<p>No single thing causes addiction. Risk comes from a mix of factors:</p><ul>"
                        "<li>Genes, which make up a large part of a person's risk</li>"
                        "<li>Stress, trauma, or hard life events</li>"
                        "<li>Starting to use young, while the brain is still growing</li>"
                        "<li>Mental health conditions, such as depression, anxiety, or PTSD</li>"
                        "<li>Easy access to alcohol or drugs</li></ul>"
                        "<p>Notice what is missing from this list: you. Families do not cause addiction. You also "
                        "can't control it or cure it. Many families find relief in a simple idea called the “three "
                        "Cs.” You didn't cause it. You can't control it. You can't cure it. What you <i>can</i> do "
                        "is take care of yourself and learn ways to support recovery.</p>"),
                    ("callout", {
                        "kind": "tip",
                        "title": "Words matter",
                        "body": "<p>The words we use shape how people are treated. Try saying “a person with a "
                            "substance use disorder” or “your loved one” instead of labels that sum a person up "
                            "by their illness. Say “not using” or “in recovery.” Person-first words remind "
                            "everyone, including your loved one, that they are more than their illness.</p>",
                    }),
                    ("quote", {
                        "text": "For years I thought my son just didn't love us enough to stop. Learning about the "
                            "brain didn't fix anything overnight. But it helped me stop hearing every bad day as "
                            "a message about me.",
                        "attribution": "A father, 58",
                    }),
                    ("knowledge_check", {
                        "question": "Which statement best describes addiction?",
                        "options": [
                            {"text": "A health condition that changes the brain and can be treated", "correct": True,
                             "feedback": "Yes. Addiction changes how the brain handles reward, stress, and "
                                 "self-control. Like other long-lasting health conditions, it can be "
                                 "treated, and many people recover."},
                            {"text": "A sign that a person doesn't have enough willpower", "correct": False,
                             "feedback": "This is a very common belief, so you're not alone if you've thought it. "
                                 "But research shows addiction involves real brain changes. Willpower alone "
                                 "is rarely enough. That's why treatment helps."},
                            {"text": "Something the family caused and must fix", "correct": False,
                             "feedback": "Many family members carry this worry. But families do not cause addiction, "
                                 "and they can't cure it. You can support recovery. Your loved one's illness "
                                 "is not your fault."},
                        ],
                    }),
                    ("reflection_prompt", {
                        "prompt": "Before today, what did you believe about why your loved one uses? Has anything "
                            "shifted for you?",
                        "hint": "There is no wrong answer. Just notice what you've been carrying.",
                    }),
                    ("key_takeaways", {
                        "items": [
                            "Addiction, or substance use disorder, is a treatable health condition that affects "
                                "the brain.",
                            "It is not a moral failing or a lack of love.",
                            "Many things raise risk, including genes, stress, and mental health.",
                            "You didn't cause it, you can't control it, and you can't cure it.",
                        ],
                    }),
                ],
            },
            {
                "slug": "how-treatment-works",
                "title": "How treatment and recovery work",
                "minutes": 5,
                "body": [
                    ("heading", {"text": "Treatment works, and there's more than one kind", "level": "h2"}),
                    ("paragraph",
                        "<p>Addiction is treatable. NIDA's research shows that treatment helps many people stop or "
                        "cut back on use. It can also improve their health and daily life. No single approach fits "
                        "everyone. The best plan fits the person, the substance, and their other health needs.</p>"
                        "<p>Most treatment plans combine a few of these parts:</p><ul>"
                        "<li><b>Talk therapy.</b> Counselors help your loved one understand triggers, handle "
                        "cravings, and build new habits. One common type is cognitive behavioral therapy (CBT). It "
                        "teaches people to notice and change unhelpful thoughts and actions.</li>"
                        "<li><b>Medication.</b> For opioid and alcohol use disorders, there are proven medicines "
                        "that ease cravings and withdrawal.</li>"
                        "<li><b>Mental health care.</b> Many people with a substance use disorder also live with "
                        "depression, anxiety, trauma, or another condition. Treating both at the same time works "
                        "better.</li>"
                        "<li><b>Peer and family support.</b> Support groups, recovery coaches, and family "
                        "involvement can all help.</li></ul>"),
                    ("heading", {"text": "About medications", "level": "h3"}),
                    ("paragraph",
                        "<p>Some families worry that medicine for addiction is “just trading one drug for "
                        "another.” It's an understandable worry. But it is not what the science shows. For opioid "
                        "use disorder, medicines like buprenorphine, methadone, and naltrexone are taken at a "
                        "steady, prescribed dose. They calm cravings so a person can focus on rebuilding their "
                        "life. They also lower the risk of dying from an overdose. For alcohol use disorder, "
                        "medicines such as naltrexone and acamprosate can help, too.</p>"),
                    ("heading", {"text": "What recovery means", "level": "h2"}),
                    ("paragraph",
                        "<p>Recovery is more than stopping a substance. SAMHSA is the federal agency that leads on "
                        "mental health and substance use. It describes recovery as a process of change. People "
                        "improve their health, live a life they choose, and work toward their full potential.</p>"
                        "<p>Recovery often grows in four areas. These are health, a safe and stable home, a sense "
                        "of purpose, and a caring community. It takes time. Early recovery can be bumpy. Progress "
                        "is often counted in months and years, not days.</p>"
                        "<p>There is also no single path. Some people take medication. Some go to mutual-help "
                        "groups, like 12-step or SMART Recovery meetings. Some lean on faith, therapy, or family. "
                        "Many use a mix. What matters most is that the path works for your loved one.</p>"),
                    ("callout", {
                        "kind": "tip",
                        "title": "Treatment isn't one-and-done",
                        "body": "<p>Think of treatment like care for asthma or high blood pressure. It often starts "
                            "strong. Then it shifts to ongoing check-ins over time. Needing more care later is "
                            "not failure. It is part of managing a long-term condition.</p>",
                    }),
                    ("quote", {
                        "text": "I kept asking the counselor when my daughter would be fixed. She said, “Let's look "
                            "for better, not fixed.” That one sentence changed how I measured progress.",
                        "attribution": "A mother, 47",
                    }),
                    ("knowledge_check", {
                        "question": "Your loved one's doctor suggests medication for opioid use disorder. What does "
                            "the research say?",
                        "options": [
                            {"text": "It's just swapping one addiction for another", "correct": False,
                             "feedback": "This worry comes up a lot, and it makes sense. But these medicines are "
                                 "taken at steady, prescribed doses. They ease cravings and lower the risk "
                                 "of overdose death. They are a proven part of treatment."},
                            {"text": "It's a proven treatment that can lower the risk of overdose death",
                             "correct": True,
                             "feedback": "Right. Medicines like buprenorphine and methadone are backed by strong "
                                 "research. They help many people stay in treatment and stay alive."},
                            {"text": "Medication should only be a last resort", "correct": False,
                             "feedback": "Many people assume this. In fact, medication often works best early, as "
                                 "part of a full plan with counseling and support. It doesn't need to wait "
                                 "until everything else has been tried."},
                        ],
                    }),
                    ("reflection_prompt", {
                        "prompt": "What would “better” look like for your loved one in the next few months? What "
                            "would it look like for you?",
                        "hint": "Think small and real: a calmer dinner, an honest talk, a good night's sleep.",
                    }),
                    ("key_takeaways", {
                        "items": [
                            "Addiction is treatable, and plans are tailored to each person.",
                            "Therapy, medication, mental health care, and support often work together.",
                            "Medications for opioid and alcohol use disorders are proven tools, not a trade of "
                                "one drug for another.",
                            "Recovery is a process that takes time, and there are many paths.",
                        ],
                    }),
                ],
            },
            {
                "slug": "relapse-and-recovery",
                "title": "Relapse is part of many recovery stories",
                "minutes": 5,
                "body": [
                    ("heading", {"text": "What relapse means", "level": "h2"}),
                    ("paragraph",
                        "<p>A relapse is a return to substance use after a period of not using. A short slip is "
                        "sometimes called a “lapse.” A relapse usually means a return to the old pattern.</p>"
                        "<p>Relapse is common. NIDA estimates that 40 to 60 out of every 100 people treated for a "
                        "substance use disorder will relapse at some point. That is close to the rates for other "
                        "long-term conditions, like high blood pressure and asthma. With those illnesses, too, "
                        "people sometimes drift from their treatment plan and symptoms come back.</p>"
                        "<p>This doesn't mean relapse is harmless. It also doesn't mean it will happen to "
                        "everyone. It means a relapse is a signal, not a final verdict. It can show that the "
                        "treatment plan needs to change, restart, or get stronger.</p>"),
                    ("heading", {"text": "Warning signs to watch for", "level": "h2"}),
                    ("paragraph",
                        "<p>Relapse often starts before a person uses again. You might notice:</p><ul>"
                        "<li>Skipping therapy, groups, or appointments</li>"
                        "<li>Spending time again with people or places tied to past use</li>"
                        "<li>More stress or anger, or pulling away from family</li>"
                        "<li>Changes in sleep, eating, or mood</li>"
                        "<li>Talking about past use fondly, or saying they “can handle it now”</li></ul>"
                        "<p>Noticing these signs isn't about spying or catching your loved one. It gives you a "
                        "chance to gently check in, and to take care of yourself.</p>"),
                    ("callout", {
                        "kind": "warning",
                        "title": "Overdose risk is higher after a break",
                        "body": "<p>After a period of not using, the body loses some of its tolerance. If a person "
                            "goes back to their old amount, the risk of overdose is much higher. This is "
                            "especially true with opioids like fentanyl. Keep naloxone (Narcan) at home and "
                            "learn how to use it. In the US, you can buy it at a pharmacy without a "
                            "prescription. If you see signs of overdose, call <b>911</b> right away.</p>",
                    }),
                    ("heading", {"text": "If a relapse happens", "level": "h2"}),
                    ("paragraph",
                        "<p>Your first reaction may be fear, anger, or heartbreak. All of those feelings make "
                        "sense. Try to take a breath before you respond. Some steps that often help:</p><ol>"
                        "<li>Think about safety first. Is anyone in danger right now?</li>"
                        "<li>Stay as calm as you can. Shame tends to push people away from help.</li>"
                        "<li>Encourage your loved one to contact their treatment team soon.</li>"
                        "<li>Keep the limits you've set, with kindness.</li>"
                        "<li>Reach out for your own support, too.</li></ol>"),
                    ("quote", {
                        "text": "The first relapse felt like the end of the world. The next time, I called her "
                            "counselor instead of yelling. I can't say what comes next. But I've learned that a "
                            "slip doesn't erase everything she has learned.",
                        "attribution": "A partner, 41",
                    }),
                    ("callout", {
                        "kind": "try_at_home",
                        "title": "Make a plan ahead of time",
                        "body": "<p>Calm moments are the best time to plan for hard ones. Think about writing "
                            "down:</p><ul><li>The phone number for the treatment program</li>"
                            "<li>Where your naloxone is kept</li><li>Who you will call for your own support</li>"
                            "<li>One or two things you want to say, and things you'll try not to say</li></ul>",
                    }),
                    ("knowledge_check", {
                        "question": "Your loved one has done well in treatment for two months. Then they use again. "
                            "What is the most helpful way to see this?",
                        "options": [
                            {"text": "Treatment failed, so there's no point going on", "correct": False,
                             "feedback": "It's natural to feel crushed. But relapse is common in many recovery "
                                 "paths. It usually means the plan needs adjusting, not that all progress is lost."},
                            {"text": "A signal to reconnect with the treatment team and adjust the plan",
                             "correct": True,
                             "feedback": "Yes. Relapse is a sign that more or different support may be needed. "
                                 "Safety comes first. Then comes reconnecting with care."},
                            {"text": "Proof that your loved one never wanted to get better", "correct": False,
                             "feedback": "This thought can come up when you're hurt. But relapse is part of a health "
                                 "condition. It is not a measure of how much someone cares. Many people "
                                 "relapse while truly wanting recovery."},
                        ],
                    }),
                    ("reflection_prompt", {
                        "prompt": "If a relapse happened, what would you want to remember in that moment?",
                        "hint": "You could write one sentence to your future self.",
                    }),
                    ("key_takeaways", {
                        "items": [
                            "Relapse is common and can be part of many recovery paths.",
                            "A relapse is a signal to adjust treatment, not proof of failure.",
                            "After a break from use, overdose risk is higher. Keep naloxone on hand.",
                            "Planning ahead helps you respond with calm and care.",
                        ],
                    }),
                ],
            },
            {
                "slug": "iop-basics",
                "title": "How intensive outpatient programs work",
                "minutes": 5,
                "body": [
                    ("heading", {"text": "What IOP is", "level": "h2"}),
                    ("paragraph",
                        "<p>IOP stands for <b>intensive outpatient program</b>. In IOP, your loved one lives at "
                        "home but goes to treatment several days a week. Programs often meet three to five days a "
                        "week, for about three hours at a time. Many offer day or evening sessions, so people can "
                        "keep working or going to school.</p>"
                        "<p>IOP has more structure than a weekly therapy visit. But it is less intense than living "
                        "at a treatment center. Some people start in IOP. Others step down to IOP after a hospital "
                        "stay or a live-in program. Later, many move to regular outpatient care.</p>"),
                    ("heading", {"text": "What happens in IOP", "level": "h2"}),
                    ("paragraph",
                        "<ul><li><b>Group therapy.</b> This is usually the heart of IOP. People learn skills and "
                        "support each other.</li>"
                        "<li><b>Individual counseling.</b> One-on-one time with a counselor or therapist.</li>"
                        "<li><b>Medication care.</b> Some programs prescribe or manage medications, or connect "
                        "people to a doctor who does.</li>"
                        "<li><b>Drug or alcohol testing.</b> Many programs use testing as a tool for honesty and "
                        "support, not punishment.</li>"
                        "<li><b>Family sessions or classes.</b> Many programs invite families to learn and take "
                        "part.</li>"
                        "<li><b>Planning for what's next.</b> This includes relapse prevention and a plan for "
                        "after IOP ends.</li></ul>"),
                    ("heading", {"text": "Privacy: what staff can and can't tell you", "level": "h2"}),
                    ("paragraph",
                        "<p>You may be surprised when staff won't share details about your loved one. Federal "
                        "privacy laws protect substance use treatment records very strongly. In most cases, staff "
                        "can only share information if your loved one signs a written release.</p>"
                        "<p>This can feel frustrating. But privacy helps people feel safe enough to be honest in "
                        "treatment. You can still <i>share</i> what you've seen with the team. Staff can listen "
                        "even when they can't answer. You can also ask your loved one if they are willing to sign "
                        "a release.</p>"),
                    ("callout", {
                        "kind": "tip",
                        "title": "Questions you can ask the program",
                        "body": "<p>These questions can help you understand how to take part:</p><ul>"
                            "<li>Do you offer family sessions or family education?</li>"
                            "<li>How can I share my worries with the team?</li>"
                            "<li>What should I do if I'm worried about safety at night or on weekends?</li>"
                            "<li>Do you offer medication treatment, or refer people to it?</li></ul>",
                    }),
                    ("heading", {"text": "Your role during IOP", "level": "h2"}),
                    ("paragraph",
                        "<p>Your loved one is doing the work of treatment. Your job is not to be their counselor "
                        "or their guard. Instead, you can:</p><ul>"
                        "<li>Show interest in what they're learning, without quizzing them</li>"
                        "<li>Help with practical things like rides, if you are able and willing</li>"
                        "<li>Notice and thank them for their effort</li>"
                        "<li>Go to family sessions if they are offered</li>"
                        "<li>Get your own support, because this is hard on you too</li></ul>"),
                    ("quote", {
                        "text": "I wanted a report card after every session. What helped more was asking, “What's "
                            "one thing that stuck with you today?” Some days he told me a lot. Some days he "
                            "didn't. Both were okay.",
                        "attribution": "A mother, 55",
                    }),
                    ("knowledge_check", {
                        "question": "The IOP staff won't tell you if your loved one came to group this week. Why "
                            "might that be?",
                        "options": [
                            {"text": "Privacy laws protect treatment records, so staff usually need your loved one's "
                                 "written permission", "correct": True,
                             "feedback": "Right. These laws help people feel safe in treatment. You can still share "
                                 "your worries with staff, and ask your loved one about signing a release."},
                            {"text": "The staff don't think families matter", "correct": False,
                             "feedback": "It can feel that way, and that hurts. But most programs value families. "
                                 "The silence is usually about the law, not about you."},
                            {"text": "You did something wrong", "correct": False,
                             "feedback": "You didn't. This is a standard rule that applies to every family. It isn't "
                                 "a judgment of you."},
                        ],
                    }),
                    ("paragraph",
                        "<p>Treatment can be a time of big changes. If your loved one talks about suicide, or you "
                        "are worried about their mental health, call or text <b>988</b>. If someone is in "
                        "immediate danger or not breathing, call <b>911</b>. For free, confidential treatment "
                        "referrals any time, call SAMHSA's National Helpline at <b>1-800-662-4357</b>.</p>"),
                    ("crisis_resources", {"intro": "If you or your loved one is in danger right now, reach out:"}),
                    ("key_takeaways", {
                        "items": [
                            "IOP is structured treatment several days a week while your loved one lives at home.",
                            "Group therapy, counseling, and planning for what's next are core parts of IOP.",
                            "Privacy laws mean staff usually need written permission to share details.",
                            "Your role is to support, not to supervise, and to care for yourself too.",
                        ],
                    }),
                    ("sources", {
                        "items": [
                            {"title": "Drugs, Brains, and Behavior: The Science of Addiction", "publisher": "NIDA",
                             "url": "https://nida.nih.gov/publications/drugs-brains-behavior-science-addiction"},
                            {"title": "Treatment", "publisher": "NIDA",
                             "url": "https://nida.nih.gov/research-topics/treatment"},
                            {"title": "SAMHSA's National Helpline", "publisher": "SAMHSA",
                             "url": "https://www.samhsa.gov/find-help/helplines/national-helpline"},
                            {"title": "FindTreatment.gov", "publisher": "SAMHSA",
                             "url": "https://findtreatment.gov/"},
                            {"title": "Alcohol Treatment Navigator", "publisher": "NIAAA",
                             "url": "https://alcoholtreatment.niaaa.nih.gov/"},
                            {"title": "988 Suicide & Crisis Lifeline", "publisher": "988 Suicide & Crisis Lifeline",
                             "url": "https://988lifeline.org/"},
                        ],
                    }),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------
    # Module 2: Codependency
    # ------------------------------------------------------------------
    {
        "slug": "codependency",
        "title": "Codependency: Caring Without Losing Yourself",
        "topic": "codependency",
        "summary": "Learn what codependency can look like in families affected by addiction or mental illness, and "
            "how to care for your loved one without losing yourself.",
        "objectives": [
            "By the end you can describe common signs of codependency in plain words.",
            "By the end you can notice ways you may have set aside your own needs.",
            "By the end you can tell the difference between caring and caretaking.",
            "By the end you can name one small step to reconnect with yourself.",
        ],
        "order": 2,
        "lessons": [
            {
                "slug": "what-codependency-looks-like",
                "title": "What codependency looks like",
                "minutes": 5,
                "body": [
                    ("heading", {"text": "A word with many meanings", "level": "h2"}),
                    ("paragraph",
                        "<p>You may have heard the word “codependency” and wondered if it fits you. It is not a "
                        "medical diagnosis. It is a common way to describe a pattern that can grow in families "
                        "living with addiction or mental illness.</p>"
                        "<p>In simple terms, codependency is when your sense of calm, worth, or safety depends "
                        "heavily on another person. Most of your energy goes to managing their moods, choices, or "
                        "problems. Over time, your own needs get pushed aside.</p>"
                        "<p>This pattern usually grows out of love and fear. When someone you care about is in "
                        "danger, it makes sense to try to hold everything together. Codependency is not a flaw in "
                        "your character. It's a way of coping that may have helped you get through a hard time. "
                        "The question now is whether it still helps you.</p>"),
                    ("heading", {"text": "Common signs", "level": "h2"}),
                    ("paragraph",
                        "<p>See if any of these feel familiar:</p><ul>"
                        "<li>Your mood rises and falls with your loved one's day</li>"
                        "<li>You find it very hard to say no, even when you're worn out</li>"
                        "<li>You cover for your loved one, make excuses, or keep secrets</li>"
                        "<li>You feel responsible for fixing their problems</li>"
                        "<li>You check up on them often, like their phone, car, or bank account</li>"
                        "<li>You feel anxious or guilty when you do something just for you</li>"
                        "<li>You've lost touch with friends, hobbies, or your own goals</li>"
                        "<li>You feel resentful, yet you keep doing more</li></ul>"
                        "<p>Most family members will recognize a few of these. That's okay. Noticing is the first "
                        "step. You don't need to judge yourself for it.</p>"),
                    ("callout", {
                        "kind": "tip",
                        "title": "It's not about caring too much",
                        "body": "<p>Caring deeply and wanting to help are good things. Codependency is not about "
                            "caring too much. It's about caring in a way that leaves you empty. Often, it "
                            "doesn't help your loved one, either.</p>",
                    }),
                    ("quote", {
                        "text": "I knew his schedule better than my own. I could tell from the way he shut the car "
                            "door what kind of night it would be. Then a friend asked what I liked to do for "
                            "fun, and I had no answer.",
                        "attribution": "A wife, 49",
                    }),
                    ("heading", {"text": "Why it matters", "level": "h3"}),
                    ("paragraph",
                        "<p>Living this way for a long time can wear you down. It can lead to stress, anxiety, "
                        "depression, and health problems. It can also make things harder for your loved one. When "
                        "family members take over every problem, the person in treatment has fewer chances to "
                        "build their own skills. Finding a new balance can help you both.</p>"),
                    ("knowledge_check", {
                        "question": "Which of these best describes codependency?",
                        "options": [
                            {"text": "A pattern where your well-being depends heavily on managing another person",
                             "correct": True,
                             "feedback": "Yes. It's a pattern, not a diagnosis. It often grows from love and fear "
                                 "during hard times."},
                            {"text": "A mental illness that only affects weak people", "correct": False,
                             "feedback": "Codependency isn't a formal diagnosis, and it has nothing to do with "
                                 "weakness. Strong, loving people often develop these patterns under "
                                 "long-term stress."},
                            {"text": "Caring about your loved one at all", "correct": False,
                             "feedback": "Caring is healthy and good. Codependency is about caring in a way that "
                                 "costs you yourself. You can keep caring while finding more balance."},
                        ],
                    }),
                    ("reflection_prompt", {
                        "prompt": "Which signs on the list felt most familiar? When did you first notice them?",
                        "hint": "Be as kind to yourself as you would be to a friend.",
                    }),
                    ("key_takeaways", {
                        "items": [
                            "Codependency is a pattern, not a diagnosis or a character flaw.",
                            "It often grows from love and fear in hard times.",
                            "Common signs include trouble saying no, covering up, and losing your own interests.",
                            "Noticing the pattern is the first step toward change.",
                        ],
                    }),
                ],
            },
            {
                "slug": "losing-yourself",
                "title": "Losing yourself, and finding your way back",
                "minutes": 5,
                "body": [
                    ("heading", {"text": "How it happens, little by little", "level": "h2"}),
                    ("paragraph",
                        "<p>No one decides to lose themselves. It happens slowly. At first, you stay home one "
                        "evening because you're worried. Then you skip a class, a dinner with friends, or a "
                        "doctor's visit. You start sleeping with your phone on loud. Before long, your whole life "
                        "is built around your loved one's illness.</p>"
                        "<p>Many family members describe living on “high alert.” You're always listening for a "
                        "sign of trouble. This constant watching is exhausting. Your body stays in stress mode, "
                        "even on calm days.</p>"),
                    ("heading", {"text": "What gets lost", "level": "h2"}),
                    ("paragraph",
                        "<p>Take a gentle look at the parts of your life that may have faded:</p><ul>"
                        "<li><b>Your health.</b> Missed checkups, poor sleep, skipped meals.</li>"
                        "<li><b>Your friendships.</b> Pulling away because it's hard to explain, or because of "
                        "shame.</li><li><b>Your joys.</b> Hobbies, music, faith, time outdoors.</li>"
                        "<li><b>Your other relationships.</b> Partners, other children, or parents who get less of "
                        "you.</li><li><b>Your voice.</b> Not saying what you need, to avoid a fight.</li></ul>"),
                    ("callout", {
                        "kind": "warning",
                        "title": "When stress becomes too much",
                        "body": "<p>Watch for signs of depression in yourself. These include feeling hopeless, "
                            "losing interest in everything, or having thoughts of hurting yourself. If you "
                            "notice them, please reach out. You can call or text <b>988</b> at any time. It's "
                            "for you, too, not just your loved one. Your own doctor or a therapist can also "
                            "help.</p>",
                    }),
                    ("heading", {"text": "Finding your way back", "level": "h2"}),
                    ("paragraph",
                        "<p>Getting yourself back doesn't mean caring less about your loved one. It means adding "
                        "yourself back into the picture. Start small. Big changes are hard to keep. Small ones add "
                        "up.</p><ul><li>Spend 15 minutes a day on something that's just for you</li>"
                        "<li>Reach out to one friend you've lost touch with</li>"
                        "<li>Book the health visit you've been putting off</li>"
                        "<li>Name one feeling each day, without judging it</li>"
                        "<li>Try a support group for families, where people understand</li></ul>"
                        "<p>At first, this may feel selfish or even wrong. That feeling is common, and it tends to "
                        "fade. Your life matters on its own, not only as a support to someone else.</p>"),
                    ("quote", {
                        "text": "The first time I went back to my pottery class, I checked my phone the whole time. "
                            "By the third week, I made a lopsided bowl and laughed out loud. It felt like "
                            "meeting an old friend. That old friend was me.",
                        "attribution": "A mother, 61",
                    }),
                    ("callout", {
                        "kind": "try_at_home",
                        "title": "Your “just for me” list",
                        "body": "<p>Write down five things you used to enjoy, or have always wanted to try. Pick the "
                            "easiest one. Put it on your calendar this week, even if it's just for 15 minutes.</p>",
                    }),
                    ("knowledge_check", {
                        "question": "You feel guilty about taking an evening off to see a friend while your loved "
                            "one is in IOP. What is a helpful way to think about this?",
                        "options": [
                            {"text": "Time for yourself helps you stay steady for the long haul", "correct": True,
                             "feedback": "Yes. Recovery often takes a long time. Rest and connection help you stay "
                                 "healthy and present."},
                            {"text": "A good family member never takes a break", "correct": False,
                             "feedback": "Many people feel this way, especially in a crisis. But no one can keep "
                                 "giving without rest. Breaks are part of caring well, not a sign you care less."},
                            {"text": "Your loved one's recovery depends on you being there every moment",
                             "correct": False,
                             "feedback": "It's natural to want to be there. But recovery is your loved one's work, "
                                 "with help from their team. Your constant presence isn't what keeps them well."},
                        ],
                    }),
                    ("reflection_prompt", {
                        "prompt": "What is one part of yourself you miss most? What small step could bring a piece "
                            "of it back?",
                        "hint": "Even a tiny step counts, like playing a song you love.",
                    }),
                    ("key_takeaways", {
                        "items": [
                            "Losing yourself usually happens slowly, through small choices made out of love.",
                            "Living on high alert wears down your body and mind.",
                            "Getting yourself back means adding you into the picture, not caring less.",
                            "Small, steady steps work better than big changes.",
                        ],
                    }),
                ],
            },
            {
                "slug": "caretaking-vs-caring",
                "title": "Caretaking vs. caring",
                "minutes": 5,
                "body": [
                    ("heading", {"text": "Two ways of helping", "level": "h2"}),
                    ("paragraph",
                        "<p>Caring and caretaking can look alike from the outside. Both come from love. But they "
                        "feel different, and they have different effects.</p>"
                        "<p><b>Caring</b> means supporting your loved one while trusting them to handle their own "
                        "life. You offer help that builds them up. You respect their choices, even when you "
                        "disagree.</p>"
                        "<p><b>Caretaking</b> means taking over. You do things for your loved one that they can do "
                        "for themselves. You try to fix, rescue, or control. Often, that's because you're afraid "
                        "of what will happen if you don't.</p>"),
                    ("heading", {"text": "Side by side", "level": "h2"}),
                    ("paragraph",
                        "<ul>"
                        "<li><b>Caretaking:</b> Calling their boss to explain why they missed work. <b>Caring:</b> "
                        "Letting them make that call, and being there to talk after.</li>"
                        "<li><b>Caretaking:</b> Reading their texts to see who they've been talking to. "
                        "<b>Caring:</b> Telling them honestly that you're worried, and listening to their "
                        "answer.</li>"
                        "<li><b>Caretaking:</b> Paying off a debt so they won't be upset. <b>Caring:</b> Helping "
                        "them find a money counselor, if they want one.</li>"
                        "<li><b>Caretaking:</b> Reminding them of every appointment, every day. <b>Caring:</b> "
                        "Asking how they want to keep track, and trusting their plan.</li>"
                        "<li><b>Caretaking:</b> Saying yes when you mean no. <b>Caring:</b> Saying no kindly, and "
                        "staying close.</li></ul>"
                        "<p>A helpful question to ask yourself is: <i>“Am I doing this to help them grow, or to "
                        "calm my own fear?”</i> There's no shame in either answer. Fear is natural. But knowing "
                        "the answer helps you choose.</p>"),
                    ("heading", {"text": "Detaching with love", "level": "h2"}),
                    ("paragraph",
                        "<p>Many family groups talk about “detaching with love.” This doesn't mean leaving or "
                        "going cold. It means separating your well-being from your loved one's choices. You keep "
                        "loving them. You stop trying to control what you can't control.</p>"
                        "<p>Detaching with love might sound like: <i>“I love you, and I believe you can handle "
                        "this.”</i> Or: <i>“I'm not going to argue about this. I'm here when you want to "
                        "talk.”</i></p>"),
                    ("callout", {
                        "kind": "tip",
                        "title": "Start with one thing",
                        "body": "<p>You don't have to change everything at once. Pick one caretaking habit to shift "
                            "this week. Choose something low-risk. Notice how you feel, and how your loved one "
                            "responds.</p>",
                    }),
                    ("quote", {
                        "text": "I used to wake my daughter up for work every morning. It was a fight every time. "
                            "When I stopped, she was late twice. Then she bought an alarm clock. It sounds "
                            "small, but it was hers.",
                        "attribution": "A father, 54",
                    }),
                    ("callout", {
                        "kind": "warning",
                        "title": "Safety comes first",
                        "body": "<p>Stepping back from caretaking never means ignoring danger. Act right away if "
                            "your loved one may overdose, is thinking about suicide, or anyone is at risk of "
                            "harm. Call <b>911</b> in an emergency. Call or text <b>988</b> for a mental health "
                            "or suicide crisis.</p>",
                    }),
                    ("knowledge_check", {
                        "question": "Your adult son missed a group session. He needs to call the program to "
                            "reschedule. Which response is closer to caring than caretaking?",
                        "options": [
                            {"text": "Ask what might help him remember, and let him make the call", "correct": True,
                             "feedback": "Yes. This shows you trust him to manage his own care, while you stay there "
                                 "to support him."},
                            {"text": "Call the program yourself and reschedule for him", "correct": False,
                             "feedback": "This comes from a loving place. But doing it for him may keep him from "
                                 "building the habit himself. He is able to make this call."},
                            {"text": "Refuse to speak to him until he fixes it", "correct": False,
                             "feedback": "It's understandable to feel frustrated. But going silent can feel like "
                                 "punishment. Caring means staying connected while he owns the task."},
                        ],
                    }),
                    ("reflection_prompt", {
                        "prompt": "Think of one thing you do for your loved one often. Is it caring, caretaking, or "
                            "a bit of both?",
                        "hint": "Ask: does this help them grow, or help me feel less afraid?",
                    }),
                    ("paragraph",
                        "<p>This work can stir up strong feelings. You don't have to handle them alone. If you or "
                        "your loved one is ever in danger, call <b>911</b>. For thoughts of suicide or any "
                        "emotional crisis, call or text <b>988</b>, day or night.</p>"),
                    ("crisis_resources", {"intro": "If you or your loved one is in danger right now, reach out:"}),
                    ("key_takeaways", {
                        "items": [
                            "Caring builds your loved one up. Caretaking takes over.",
                            "Ask yourself: is this to help them grow, or to calm my fear?",
                            "Detaching with love means letting go of control, not letting go of love.",
                            "Safety always comes first.",
                        ],
                    }),
                    ("sources", {
                        "items": [
                            {"title": "Families and Caregivers", "publisher": "SAMHSA",
                             "url": "https://www.samhsa.gov/families"},
                            {"title": "Drugs, Brains, and Behavior: The Science of Addiction", "publisher": "NIDA",
                             "url": "https://nida.nih.gov/publications/drugs-brains-behavior-science-addiction"},
                            {"title": "SAMHSA's National Helpline", "publisher": "SAMHSA",
                             "url": "https://www.samhsa.gov/find-help/helplines/national-helpline"},
                            {"title": "Al-Anon Family Groups", "publisher": "Al-Anon",
                             "url": "https://www.al-anon.org/"},
                            {"title": "Nar-Anon Family Groups", "publisher": "Nar-Anon",
                             "url": "https://www.nar-anon.org/"},
                            {"title": "NAMI Family-to-Family", "publisher": "NAMI",
                             "url": "https://www.nami.org/support-education/mental-health-education/nami-family-to-family/"},
                        ],
                    }),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------
    # Module 3: Enabling
    # ------------------------------------------------------------------
    {
        "slug": "enabling",
        "title": "Enabling vs. Helping",
        "topic": "enabling",
        "summary": "Learn the difference between enabling and helping, why natural consequences matter, and how to "
            "change course without punishing your loved one.",
        "objectives": [
            "By the end you can explain the difference between enabling and helping.",
            "By the end you can describe natural consequences, and know when to step in for safety.",
            "By the end you can plan one change to stop enabling while staying kind and connected.",
        ],
        "order": 3,
        "lessons": [
            {
                "slug": "enabling-vs-helping",
                "title": "Enabling vs. helping",
                "minutes": 5,
                "body": [
                    ("heading", {"text": "What enabling means", "level": "h2"}),
                    ("paragraph",
                        "<p>“Enabling” is a word families hear a lot. It can sound like blame. It's not meant that "
                        "way here.</p>"
                        "<p>Enabling means doing things that make it easier for substance use to go on, often "
                        "without meaning to. Usually, it means shielding your loved one from the effects of their "
                        "use. <b>Helping</b> means doing things that support health, safety, and recovery.</p>"
                        "<p>Nearly every family enables at some point. It comes from love, fear, and wanting to "
                        "keep the peace. Knowing the difference simply gives you more choices.</p>"),
                    ("heading", {"text": "What it can look like", "level": "h2"}),
                    ("paragraph",
                        "<p>Here are some common examples of enabling:</p><ul>"
                        "<li>Giving cash that may be spent on alcohol or drugs</li>"
                        "<li>Making excuses to work, school, or family</li>"
                        "<li>Fixing messes or paying for damage caused by use</li>"
                        "<li>Paying fines or debts again and again</li>"
                        "<li>Pretending not to notice use, or keeping it a family secret</li>"
                        "<li>Using with your loved one, or keeping their substances in the home</li>"
                        "<li>Taking on all of their chores and duties</li></ul>"
                        "<p>And here are some examples of helping:</p><ul>"
                        "<li>Paying a bill directly, like rent or a phone plan, instead of giving cash</li>"
                        "<li>Offering a ride to treatment or a support meeting</li>"
                        "<li>Spending fun, substance-free time together</li>"
                        "<li>Telling the truth kindly, even when it's hard</li>"
                        "<li>Learning about addiction and getting your own support</li></ul>"),
                    ("heading", {"text": "Why we enable", "level": "h2"}),
                    ("paragraph",
                        "<p>Families usually enable for good reasons. You might want to avoid a blowup. You might "
                        "fear your loved one will lose their job or home. You might feel guilty, or worry that "
                        "saying no will push them away. Sometimes it just feels easier in the moment.</p>"
                        "<p>These are human reasons. The problem is that enabling can remove the very signals that "
                        "might help your loved one see a need for change. It can also drain your money, time, and "
                        "energy.</p>"),
                    ("quote", {
                        "text": "I told myself I paid his phone bill so he could call me. That part was fine. But I "
                            "was also handing him cash “for gas” every week. When I finally added it up, I "
                            "cried. Then I made a plan.",
                        "attribution": "A mother, 50",
                    }),
                    ("callout", {
                        "kind": "tip",
                        "title": "A quick test",
                        "body": "<p>Before you do something for your loved one, ask: <i>“Will this support their "
                            "health and recovery? Or will it make it easier to keep using?”</i> If you're not "
                            "sure, it's okay to say, <i>“Let me think about it,”</i> and decide later.</p>",
                    }),
                    ("knowledge_check", {
                        "question": "Your loved one asks for $60 in cash for groceries. You worry it may go toward "
                            "drugs. Which choice is more likely to be helping?",
                        "options": [
                            {"text": "Give the cash, since saying no might cause a fight", "correct": False,
                             "feedback": "Wanting to avoid a fight is very human. But cash is hard to track. There "
                                 "may be a way to meet the need without that risk."},
                            {"text": "Offer to shop together, or buy the food yourself", "correct": True,
                             "feedback": "Yes. This meets a real need, food, without handing over cash that could be "
                                 "used for substances."},
                            {"text": "Refuse and tell them they don't deserve help", "correct": False,
                             "feedback": "Feeling hurt or doubtful makes sense. But harsh words can push your loved "
                                 "one away. You can say no to cash and still be kind."},
                        ],
                    }),
                    ("reflection_prompt", {
                        "prompt": "What is one thing you do that might be enabling? What need does it meet for you?",
                        "hint": "Maybe peace, safety, or feeling close. Those needs matter.",
                    }),
                    ("key_takeaways", {
                        "items": [
                            "Enabling makes it easier for use to go on, often without meaning to.",
                            "Helping supports health, safety, and recovery.",
                            "Most families enable at times, out of love and fear.",
                            "When unsure, pause and ask whether an action supports recovery.",
                        ],
                    }),
                ],
            },
            {
                "slug": "natural-consequences",
                "title": "Letting natural consequences happen",
                "minutes": 5,
                "body": [
                    ("heading", {"text": "What natural consequences are", "level": "h2"}),
                    ("paragraph",
                        "<p>A <b>natural consequence</b> is what happens on its own because of a choice. If your "
                        "loved one is out using and oversleeps, they may be late for work. If they spend their "
                        "paycheck on alcohol, they may not be able to afford something they want.</p>"
                        "<p>A <b>punishment</b> is different. It's something you add on purpose to make a person "
                        "suffer for a choice. Yelling, shaming, or taking away things that have nothing to do with "
                        "use are examples.</p>"
                        "<p>Natural consequences can be strong teachers. When families step back and let them "
                        "happen, a person may start to connect their use with the problems it causes. That link "
                        "can become a reason to seek change.</p>"),
                    ("heading", {"text": "Why stepping back is hard", "level": "h2"}),
                    ("paragraph",
                        "<p>Watching someone you love face hard results can hurt deeply. You may feel cruel. You "
                        "may worry you're making things worse. Remember that you are not causing the consequence. "
                        "You are simply choosing not to block it.</p>"
                        "<p>You can still be warm. You can say: <i>“I'm sorry this happened. I know you can handle "
                        "it. I'm here if you want to talk about what's next.”</i></p>"),
                    ("quote", {
                        "text": "When my brother got a ticket, my first instinct was to pay it. Instead I said, "
                            "“That's rough. I believe you can sort it out.” He was angry for a day. Then he set "
                            "up a payment plan on his own.",
                        "attribution": "A sister, 34",
                    }),
                    ("callout", {
                        "kind": "warning",
                        "title": "Safety is the exception",
                        "body": "<p>Letting consequences happen never means allowing serious harm. Always step in "
                            "when a life or someone's safety is at risk:</p><ul>"
                            "<li>Signs of overdose, like slow breathing or not waking up: call <b>911</b> and "
                            "give naloxone if you have it</li>"
                            "<li>Talk of suicide or self-harm: call or text <b>988</b>, or call <b>911</b> if "
                            "the danger is immediate</li>"
                            "<li>Plans to drive while impaired: offer a ride, take the keys if it is safe, or "
                            "call for help</li><li>Any risk to children or others in the home</li></ul>"
                            "<p>Helping in an emergency is never enabling.</p>",
                    }),
                    ("heading", {"text": "Protecting life is not protecting use", "level": "h3"}),
                    ("paragraph",
                        "<p>Some families worry that keeping naloxone at home sends the wrong message. Health "
                        "agencies, including NIDA and SAMHSA, support having it on hand. Naloxone keeps your loved "
                        "one alive, and staying alive is what makes recovery possible. Protecting a life is not "
                        "the same as protecting use.</p>"),
                    ("callout", {
                        "kind": "try_at_home",
                        "title": "Practice the warm step back",
                        "body": "<p>Think of one situation where you usually step in. Write a short, kind sentence "
                            "you could say instead. For example: <i>“That sounds hard. What do you think you'll "
                            "do?”</i> Practice saying it out loud a few times.</p>",
                    }),
                    ("knowledge_check", {
                        "question": "Which of these is a natural consequence rather than a punishment?",
                        "options": [
                            {"text": "Your loved one has to explain to their boss why they missed a shift",
                             "correct": True,
                             "feedback": "Yes. This happens on its own because of the missed shift. You're simply "
                                 "not stepping in to fix it."},
                            {"text": "You take away their phone for a month because they used", "correct": False,
                             "feedback": "This is a punishment, since it's something you add on purpose. It's a "
                                 "common impulse when you're hurt. But it often leads to more conflict than change."},
                            {"text": "You refuse to speak to them for a week", "correct": False,
                             "feedback": "The silent treatment is a form of punishment, and it can cut off "
                                 "connection. You can set limits and still stay in touch."},
                        ],
                    }),
                    ("key_takeaways", {
                        "items": [
                            "Natural consequences happen on their own. Punishments are added on purpose.",
                            "Letting consequences happen can help your loved one link use with its costs.",
                            "You can step back and still be warm.",
                            "Safety comes first: always act in an emergency.",
                        ],
                    }),
                ],
            },
            {
                "slug": "stop-enabling-without-punishing",
                "title": "How to stop enabling without punishing",
                "minutes": 6,
                "body": [
                    ("heading", {"text": "Change one thing at a time", "level": "h2"}),
                    ("paragraph",
                        "<p>Stopping enabling doesn't mean cutting your loved one off. It doesn't mean getting "
                        "tough or cold. It means changing <i>how</i> you help, so your help supports recovery. "
                        "Here is a step-by-step approach:</p><ol>"
                        "<li><b>Notice.</b> For one week, write down the things you do for your loved one. Mark "
                        "the ones that might make use easier.</li>"
                        "<li><b>Choose one.</b> Pick a single change that feels doable and safe. For example: no "
                        "more cash, but you'll still pay the phone bill.</li>"
                        "<li><b>Plan what you'll say.</b> Keep it short and kind. Use “I” statements, which start "
                        "with how you feel or what you will do.</li>"
                        "<li><b>Pick a calm time.</b> Share the change when your loved one is not using or "
                        "upset.</li>"
                        "<li><b>Follow through.</b> This is the hardest part. Keep your word, gently and "
                        "calmly.</li></ol>"),
                    ("heading", {"text": "What it can sound like", "level": "h2"}),
                    ("paragraph",
                        "<p>Here's an example: <i>“I love you, and I want to support you. I'm not going to give "
                        "cash anymore, because I worry about where it goes. I'm happy to buy groceries with you or "
                        "pay your phone bill directly.”</i></p>"
                        "<p>Notice what this leaves out. There's no blaming, no list of past mistakes, and no "
                        "threat. It's a clear statement about what <i>you</i> will do.</p>"),
                    ("heading", {"text": "Expect some pushback", "level": "h2"}),
                    ("paragraph",
                        "<p>When you change a pattern, your loved one may push back at first. They may get angry, "
                        "plead, or test whether you mean it. This is very common. It often gets worse for a short "
                        "time before it eases. There are no guarantees. But many families find the pushback "
                        "settles when they stay calm and consistent.</p>"
                        "<p>Stay steady. You don't need to argue or explain again and again. You can say: <i>“I "
                        "understand you're upset. My answer is still no.”</i> Then change the subject or take a "
                        "break.</p>"),
                    ("callout", {
                        "kind": "tip",
                        "title": "Keep the good stuff going",
                        "body": "<p>Stopping enabling works best when you also add something positive. Make time for "
                            "things you enjoy together when your loved one is not using, like a walk, a meal, or "
                            "a show. This shows them that life without substances has good things in it. You'll "
                            "learn more about this in the Communication Tools module.</p>",
                    }),
                    ("quote", {
                        "text": "I stopped paying my partner's credit card. We did have a big fight. I kept my voice "
                            "low and didn't budge. A month later, he brought up going back to his counselor. I "
                            "can't say one caused the other. But I felt steadier.",
                        "attribution": "A partner, 38",
                    }),
                    ("callout", {
                        "kind": "warning",
                        "title": "If you feel unsafe",
                        "body": "<p>If you fear your loved one may become violent when you set a limit, your safety "
                            "comes first. Talk with a counselor and make a safety plan before you make changes. "
                            "If you are in danger, call <b>911</b>. The National Domestic Violence Hotline at "
                            "<b>1-800-799-7233</b> also offers free, private support, day or night.</p>",
                    }),
                    ("knowledge_check", {
                        "question": "You've told your loved one you won't give cash anymore. They get upset and beg. "
                            "What's the most helpful next step?",
                        "options": [
                            {"text": "Give in this once to keep the peace", "correct": False,
                             "feedback": "It's so hard to hold a line when someone you love is upset. But giving in "
                                 "can teach that pushing harder works. It's okay to stay kind and firm."},
                            {"text": "Stay calm, repeat your decision kindly, and step away if needed",
                             "correct": True,
                             "feedback": "Yes. You don't need to argue or explain again. Calm and steady is the goal."},
                            {"text": "Remind them of every time they've let you down", "correct": False,
                             "feedback": "That hurt is real. But listing past mistakes tends to spark shame and "
                                 "fights. Keeping the focus on what you will do now works better."},
                        ],
                    }),
                    ("reflection_prompt", {
                        "prompt": "What is one enabling habit you feel ready to change? What might make it hard to "
                            "keep going?",
                        "hint": "Think about who could support you while you make the change.",
                    }),
                    ("paragraph",
                        "<p>Changing patterns can stir up strong emotions for the whole family. For free, "
                        "confidential help finding treatment or family support, call SAMHSA's National Helpline at "
                        "<b>1-800-662-4357</b>. It's open 24 hours a day. In a crisis, call or text <b>988</b>. In "
                        "an emergency, call <b>911</b>.</p>"),
                    ("crisis_resources", {"intro": "If you or your loved one is in danger right now, reach out:"}),
                    ("key_takeaways", {
                        "items": [
                            "Stopping enabling means changing how you help, not stopping love.",
                            "Change one thing at a time, and plan what you'll say.",
                            "Expect pushback, and stay calm and consistent.",
                            "Pair limits with positive time together.",
                            "If you feel unsafe, your safety comes first.",
                        ],
                    }),
                    ("sources", {
                        "items": [
                            {"title": "Families and Caregivers", "publisher": "SAMHSA",
                             "url": "https://www.samhsa.gov/families"},
                            {"title": "Drugs, Brains, and Behavior: The Science of Addiction", "publisher": "NIDA",
                             "url": "https://nida.nih.gov/publications/drugs-brains-behavior-science-addiction"},
                            {"title": "Overdose Reversal Medications", "publisher": "NIDA",
                             "url": "https://nida.nih.gov/research-topics/overdose-reversal-medications"},
                            {"title": "SAMHSA's National Helpline", "publisher": "SAMHSA",
                             "url": "https://www.samhsa.gov/find-help/helplines/national-helpline"},
                            {"title": "SMART Recovery Family & Friends", "publisher": "SMART Recovery",
                             "url": "https://www.smartrecovery.org/family/"},
                        ],
                    }),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------
    # Module 4: Communication tools
    # ------------------------------------------------------------------
    {
        "slug": "communication-tools",
        "title": "Communication Tools That Help",
        "topic": "communication-tools",
        "summary": "Learn practical, research-based ways to talk with your loved one, reward healthy choices, and "
            "set boundaries you can keep.",
        "objectives": [
            "By the end you can use positive, CRAFT-style communication in everyday talks.",
            "By the end you can turn a complaint into a clear “I” statement and pick a good time to share it.",
            "By the end you can notice and reward times when your loved one is not using.",
            "By the end you can set a boundary and follow through calmly.",
        ],
        "order": 4,
        "lessons": [
            {
                "slug": "craft-positive-communication",
                "title": "A kinder way to talk: the CRAFT approach",
                "minutes": 5,
                "body": [
                    ("heading", {"text": "What CRAFT is", "level": "h2"}),
                    ("paragraph",
                        "<p>CRAFT stands for <b>Community Reinforcement and Family Training</b>. It teaches family "
                        "members skills to gently encourage a loved one toward treatment and healthier choices. "
                        "Researchers built it to give families a better option than either giving up or "
                        "confronting.</p>"
                        "<p>CRAFT rests on a simple idea. People tend to repeat actions that bring good results. "
                        "They tend to do less of what doesn't. So instead of confronting your loved one, you learn "
                        "to make non-use more rewarding and use less rewarding.</p>"
                        "<p>In several studies, about two out of three families who used CRAFT saw their loved one "
                        "start treatment. That was more than with confrontation-style “interventions” or with "
                        "support groups alone. Family members also tended to feel better themselves, whether or "
                        "not their loved one started treatment. Results differ for every family, but these are "
                        "hopeful findings.</p>"),
                    ("callout", {
                        "kind": "tip",
                        "title": "Why not a surprise intervention?",
                        "body": "<p>You may have seen TV shows where a family surprises someone with a group "
                            "confrontation. Research suggests these often backfire. Many families who plan one "
                            "never go through with it. They can also hurt trust. CRAFT offers a gentler path "
                            "that tends to work better.</p>",
                    }),
                    ("heading", {"text": "Positive communication", "level": "h2"}),
                    ("paragraph",
                        "<p>One core CRAFT skill is positive communication. It can feel awkward at first. That's "
                        "normal. Here are four parts to practice:</p><ul>"
                        "<li><b>Be positive.</b> Say what you want, not just what you don't want. Instead of “You "
                        "never come home for dinner,” try “I'd love it if you joined us for dinner tonight.”</li>"
                        "<li><b>Use “I” statements.</b> Talk about your own feelings instead of blaming. “I feel "
                        "worried” lands softer than “You're driving me crazy.”</li>"
                        "<li><b>Show understanding.</b> Let your loved one know you see their side. “I know work "
                        "has been really stressful.”</li>"
                        "<li><b>Share responsibility.</b> Own a small part of the problem, or offer to help. “I "
                        "know I've been on edge lately, too. Can we figure this out together?”</li></ul>"
                        "<p>Sharing responsibility does <i>not</i> mean you caused the addiction. It simply lowers "
                        "defenses and opens the door to teamwork.</p>"),
                    ("heading", {"text": "Putting it together", "level": "h3"}),
                    ("paragraph",
                        "<p>Compare these two ways of saying the same thing:</p><ul>"
                        "<li><i>“You were out all night again. You're going to lose your job, and you don't even "
                        "care.”</i></li>"
                        "<li><i>“I was really worried when you didn't come home. I know things have been hard. I'd "
                        "love to talk about how I can help you get to work this week.”</i></li></ul>"
                        "<p>The second one still tells the truth. But it's much more likely to be heard.</p>"),
                    ("quote", {
                        "text": "I thought being nice meant letting him off the hook. CRAFT showed me I could be "
                            "honest and kind at the same time. We still have hard days. But now we talk more "
                            "than we fight.",
                        "attribution": "A mother, 57",
                    }),
                    ("knowledge_check", {
                        "question": "Which statement uses positive communication?",
                        "options": [
                            {"text": "“You always ruin family events.”", "correct": False,
                             "feedback": "This is a very natural thing to feel after a hard day. But words like "
                                 "“always” can make people defensive. Try naming what you'd like instead."},
                            {"text": "“I'd really like you to come with us Sunday. I enjoy it when you're there.”",
                             "correct": True,
                             "feedback": "Yes. This is positive, uses “I,” and tells your loved one what you want."},
                            {"text": "“Why can't you just act normal?”", "correct": False,
                             "feedback": "This often comes from deep frustration, and that's understandable. But it "
                                 "can feel shaming. A clear, kind request tends to get a better response."},
                        ],
                    }),
                    ("key_takeaways", {
                        "items": [
                            "CRAFT teaches families skills to encourage treatment and healthier choices.",
                            "It often works better than confrontation, and it can help families feel better too.",
                            "Positive communication: be positive, use “I,” show understanding, and share "
                                "responsibility.",
                            "You can be honest and kind at the same time.",
                        ],
                    }),
                ],
            },
            {
                "slug": "i-statements-and-timing",
                "title": "“I” statements and good timing",
                "minutes": 5,
                "body": [
                    ("heading", {"text": "How “I” statements work", "level": "h2"}),
                    ("paragraph",
                        "<p>An “I” statement starts with you: your feelings, your needs, your plans. It helps your "
                        "loved one hear you without feeling attacked. A “you” statement, like “You're so selfish,” "
                        "often leads to defending and arguing.</p><p>A simple formula can help:</p><ol>"
                        "<li><b>I feel</b> … (name the feeling)</li>"
                        "<li><b>when</b> … (describe what happened, just the facts)</li>"
                        "<li><b>because</b> … (why it matters to you)</li>"
                        "<li><b>I would like</b> … (a clear, doable request)</li></ol>"
                        "<p>For example: <i>“I feel scared when you drive after drinking, because I love you and "
                        "don't want you hurt. I'd like you to give me the keys or take a ride instead.”</i></p>"),
                    ("callout", {
                        "kind": "tip",
                        "title": "Tips for strong “I” statements",
                        "body": "<p>A few small habits make a big difference:</p><ul>"
                            "<li>Describe actions, not character. Say “You came home at 3 a.m.” rather than "
                            "“You're careless.”</li><li>Keep it short. Stick to one issue at a time.</li>"
                            "<li>Watch your tone. A calm voice matters as much as the words.</li>"
                            "<li>Skip “I feel that you …” It's a “you” statement in disguise.</li></ul>",
                    }),
                    ("heading", {"text": "Timing matters", "level": "h2"}),
                    ("paragraph",
                        "<p>Even the kindest words can fall flat at the wrong moment. Try to avoid serious talks "
                        "when your loved one:</p><ul><li>Has been drinking or using, or is coming down</li>"
                        "<li>Is very angry, tired, or hungry</li><li>Is around others who might embarrass them</li>"
                        "</ul>"
                        "<p>Check in with yourself, too. If you're furious or exhausted, it's okay to wait. You "
                        "can say: <i>“I want to talk about this, but not right now. Can we talk tomorrow "
                        "morning?”</i></p>"),
                    ("heading", {"text": "Watch for open windows", "level": "h3"}),
                    ("paragraph",
                        "<p>CRAFT teaches families to notice times when a loved one may be more open to change. "
                        "These moments might come:</p><ul>"
                        "<li>After a problem caused by use, like a bad morning, a fight, or trouble at work</li>"
                        "<li>When they say they're unhappy or worried about their use</li>"
                        "<li>When they ask why you've changed how you respond</li>"
                        "<li>When they ask about your own counseling or support group</li></ul>"
                        "<p>In these moments, you can gently mention treatment or offer help. For example: <i>“It "
                        "sounds like this has been really hard. If you ever want to talk to someone, I'd be glad "
                        "to help you find a person.”</i> Keep it short. Then let it rest.</p>"),
                    ("quote", {
                        "text": "I used to confront my husband the second he walked in the door. Now I wait until "
                            "morning, over coffee. The same words, said at a better time, go so much further.",
                        "attribution": "A wife, 44",
                    }),
                    ("callout", {
                        "kind": "try_at_home",
                        "title": "Rewrite one sentence",
                        "body": "<p>Think of something you often say in frustration. Write it down. Then rewrite it "
                            "with the formula: <i>I feel … when … because … I would like …</i> Practice it out "
                            "loud, alone or with a friend.</p>",
                    }),
                    ("knowledge_check", {
                        "question": "When is usually the best time to bring up a worry about your loved one's use?",
                        "options": [
                            {"text": "Right when they come home after using, while it's fresh", "correct": False,
                             "feedback": "It makes sense to want to deal with it right away. But a person under the "
                                 "influence usually can't take in what you say. A calmer, substance-free "
                                 "moment often works better."},
                            {"text": "During a calm moment, when they're not using and you're both fairly relaxed",
                             "correct": True,
                             "feedback": "Yes. Calm moments give your words the best chance of being heard."},
                            {"text": "At a big family gathering, so everyone can help", "correct": False,
                             "feedback": "Wanting backup makes sense. But talking in front of others often feels "
                                 "embarrassing and can lead to defensiveness. A private, calm moment is "
                                 "usually better."},
                        ],
                    }),
                    ("reflection_prompt", {
                        "prompt": "Think of a recent hard conversation. What was the timing like? What might you try "
                            "differently next time?",
                        "hint": "Notice the time of day, your mood, and your loved one's state.",
                    }),
                    ("key_takeaways", {
                        "items": [
                            "“I” statements share your feelings and needs without blame.",
                            "Try: I feel … when … because … I would like …",
                            "Choose calm moments, not times of use, anger, or exhaustion.",
                            "Watch for open windows when your loved one may be ready to talk.",
                        ],
                    }),
                ],
            },
            {
                "slug": "rewarding-non-use",
                "title": "Rewarding non-use",
                "minutes": 5,
                "body": [
                    ("heading", {"text": "Why rewards work", "level": "h2"}),
                    ("paragraph",
                        "<p>Most of us do more of what brings good results. That's true for everyone. CRAFT uses "
                        "this idea to help families make life without substances feel more rewarding than life "
                        "with them.</p>"
                        "<p>A reward doesn't have to cost money. In fact, the best rewards are often small, "
                        "simple, and personal. The key is to offer them when your loved one is <b>not</b> using. "
                        "That way, good feelings get linked with non-use.</p>"),
                    ("heading", {"text": "Ideas for everyday rewards", "level": "h2"}),
                    ("paragraph",
                        "<ul><li>Saying thank you, or noticing effort: <i>“It was really nice having you at dinner "
                        "tonight.”</i></li><li>Making their favorite meal</li>"
                        "<li>Watching a show or a game together</li><li>Going for a walk, a drive, or a coffee</li>"
                        "<li>A hug, a text, or a note, if that fits your relationship</li>"
                        "<li>Helping with something they care about</li></ul>"
                        "<p>Pick rewards your loved one truly enjoys. It's okay to ask them. Also pick rewards "
                        "that feel good to you. You shouldn't feel resentful about giving them.</p>"),
                    ("heading", {"text": "When your loved one is using", "level": "h2"}),
                    ("paragraph",
                        "<p>The other side of this skill is gently stepping back when your loved one is using. "
                        "This is not punishment. You don't yell, lecture, or give the silent treatment. You simply "
                        "don't offer the good stuff at that time.</p>"
                        "<p>Say you planned a movie night, and your loved one has been drinking. You might say: "
                        "<i>“I was looking forward to the movie. It looks like tonight isn't a good night. Let's "
                        "try again tomorrow.”</i> Then you calmly go do something else.</p>"
                        "<p>Over time, the message becomes clear without a fight: time together is better when "
                        "substances aren't part of it.</p>"),
                    ("callout", {
                        "kind": "warning",
                        "title": "Don't reward use by accident",
                        "body": "<p>Sometimes families make use more comfortable without meaning to. One example is "
                            "serving breakfast in bed to someone who is hungover. Another is covering for them "
                            "so they avoid trouble. Look for these patterns, and think about stepping back from "
                            "them.</p>",
                    }),
                    ("quote", {
                        "text": "My son loves fishing. Now, on days he's been to his program and isn't using, I ask "
                            "if he wants to go. We don't talk about recovery at all. We just fish. It's the best "
                            "part of my week.",
                        "attribution": "A father, 63",
                    }),
                    ("knowledge_check", {
                        "question": "Your partner hasn't been drinking this weekend. What's a good way to reward "
                            "that?",
                        "options": [
                            {"text": "Plan something fun together that they enjoy", "correct": True,
                             "feedback": "Yes. Enjoyable time together when your partner isn't drinking helps link "
                                 "good feelings with non-use."},
                            {"text": "Give a big, expensive gift, like a trip", "correct": False,
                             "feedback": "Big gestures come from a generous place. But small, regular rewards "
                                 "usually work better. They're easier to keep up and less likely to feel "
                                 "like a bribe."},
                            {"text": "Say nothing, since they should be doing that anyway", "correct": False,
                             "feedback": "Lots of people feel this way, especially after years of stress. But "
                                 "noticing effort can be powerful. A simple thank-you costs nothing and can "
                                 "mean a lot."},
                        ],
                    }),
                    ("reflection_prompt", {
                        "prompt": "What are three things your loved one enjoys that you could share with them on a "
                            "good day?",
                        "hint": "Think about what made them light up before substances took over.",
                    }),
                    ("key_takeaways", {
                        "items": [
                            "People tend to repeat what brings good results.",
                            "Offer small, personal rewards when your loved one is not using.",
                            "When they are using, step back calmly, without punishment.",
                            "Notice and avoid rewarding use by accident.",
                        ],
                    }),
                ],
            },
            {
                "slug": "setting-boundaries",
                "title": "Setting and keeping boundaries",
                "minutes": 6,
                "body": [
                    ("heading", {"text": "What a boundary is", "level": "h2"}),
                    ("paragraph",
                        "<p>A boundary is a limit you set about what <i>you</i> will and won't do. It protects "
                        "your health, safety, and values. A boundary is not a way to control your loved one. You "
                        "can't make another person change. You can decide how you will respond.</p>"
                        "<p>Compare these:</p><ul><li><b>Trying to control:</b> “You have to stop drinking.”</li>"
                        "<li><b>A boundary:</b> “I won't ride in the car with you if you've been drinking.”</li>"
                        "</ul>"
                        "<p>The first asks your loved one to change. The second tells them what you will do. Only "
                        "the second is in your hands.</p>"),
                    ("heading", {"text": "Boundaries vs. threats", "level": "h2"}),
                    ("paragraph",
                        "<p>A boundary is calm, and you're ready to carry it out. A threat is usually said in "
                        "anger, and often isn't followed. “If you use again, I'm leaving forever!” may not be "
                        "something you're ready to do. If you don't follow through, your words lose their "
                        "weight.</p>"
                        "<p>Choose boundaries you can really keep. Two boundaries you always hold are better than "
                        "ten you sometimes forget.</p>"),
                    ("heading", {"text": "How to set a boundary", "level": "h2"}),
                    ("paragraph",
                        "<ol>"
                        "<li><b>Get clear with yourself.</b> What do you need? What will you do if the boundary is "
                        "crossed?</li><li><b>Keep it simple.</b> One or two sentences is enough.</li>"
                        "<li><b>Pick a calm time.</b> Share it when no one is upset or using.</li>"
                        "<li><b>Say it kindly.</b> “I love you, and I need …”</li>"
                        "<li><b>Follow through.</b> Act calmly, without a speech.</li></ol>"
                        "<p>Here's an example: <i>“I love you, and I'm glad you live here. I need our home to be "
                        "free of alcohol and drugs. If there's use in the house, I'll leave for the evening and "
                        "stay at my sister's.”</i></p>"),
                    ("heading", {"text": "When a boundary is tested", "level": "h3"}),
                    ("paragraph",
                        "<p>Boundaries are often tested, especially at first. This does not mean you did it wrong. "
                        "When it happens, stay calm and do what you said. You don't need to argue or explain "
                        "again. Afterward, take care of yourself. Talk to a friend, a counselor, or your support "
                        "group.</p>"
                        "<p>It's also okay to change a boundary over time. As things change, your needs may change "
                        "too. Just try not to change it in the heat of the moment.</p>"),
                    ("callout", {
                        "kind": "tip",
                        "title": "Sample boundaries",
                        "body": "<p>Here are a few examples families use. Adjust them to fit your life.</p><ul>"
                            "<li>“I won't lend money anymore.”</li>"
                            "<li>“I'll leave the room if there's yelling. We can talk when things are calm.”</li>"
                            "<li>“I won't call your work to make excuses for you.”</li>"
                            "<li>“I'm going to my support group on Thursdays, no matter what.”</li></ul>",
                    }),
                    ("quote", {
                        "text": "I told my brother I won't pick up calls after 11 at night, unless he texts the word "
                            "“emergency” first. The first week, my phone lit up five times. I left it face down. "
                            "By week three, the late calls had stopped, and I was sleeping again.",
                        "attribution": "A sister, 39",
                    }),
                    ("callout", {
                        "kind": "warning",
                        "title": "Boundaries and safety",
                        "body": "<p>If your loved one has been violent, or you fear they could be, talk with a "
                            "counselor or a domestic violence advocate before setting boundaries. Your safety "
                            "matters most. Call <b>911</b> if you are in danger.</p>",
                    }),
                    ("knowledge_check", {
                        "question": "Which of these is a boundary rather than an attempt to control?",
                        "options": [
                            {"text": "“You need to go to every IOP session.”", "correct": False,
                             "feedback": "Wanting your loved one in treatment is so understandable. But this is "
                                 "about their actions, which you can't control. A boundary focuses on what "
                                 "you will do."},
                            {"text": "“I won't give you rides when you've been using. I'll gladly drive you to IOP.”",
                             "correct": True,
                             "feedback": "Yes. This names what you will and won't do, and it's something you can "
                                 "carry out."},
                            {"text": "“If you mess up one more time, you're out of my life forever.”",
                             "correct": False,
                             "feedback": "This likely comes from deep hurt. But words said in anger are hard to "
                                 "keep. A calm, doable boundary usually works better."},
                        ],
                    }),
                    ("reflection_prompt", {
                        "prompt": "What is one boundary that would protect your peace or safety? What will you do if "
                            "it's crossed?",
                        "hint": "Pick something small enough that you know you can keep it.",
                    }),
                    ("paragraph",
                        "<p>Hard talks and new boundaries can bring up big feelings. If your loved one talks about "
                        "suicide, or you are in emotional distress, call or text <b>988</b>. If anyone is in "
                        "immediate danger, call <b>911</b>. SAMHSA's National Helpline at <b>1-800-662-4357</b> "
                        "can help you find treatment and family support.</p>"),
                    ("crisis_resources", {"intro": "If you or your loved one is in danger right now, reach out:"}),
                    ("key_takeaways", {
                        "items": [
                            "A boundary is about what you will do, not about controlling your loved one.",
                            "Keep boundaries simple, calm, and doable.",
                            "Follow through without lectures or threats.",
                            "Expect boundaries to be tested, and get support when they are.",
                            "Safety always comes first.",
                        ],
                    }),
                    ("sources", {
                        "items": [
                            {"title": "Treatment", "publisher": "NIDA",
                             "url": "https://nida.nih.gov/research-topics/treatment"},
                            {"title": "Families and Caregivers", "publisher": "SAMHSA",
                             "url": "https://www.samhsa.gov/families"},
                            {"title": "SAMHSA's National Helpline", "publisher": "SAMHSA",
                             "url": "https://www.samhsa.gov/find-help/helplines/national-helpline"},
                            {"title": "SMART Recovery Family & Friends", "publisher": "SMART Recovery",
                             "url": "https://www.smartrecovery.org/family/"},
                            {"title": "988 Suicide & Crisis Lifeline", "publisher": "988 Suicide & Crisis Lifeline",
                             "url": "https://988lifeline.org/"},
                        ],
                    }),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------
    # Module 5: Caregiver coping
    # ------------------------------------------------------------------
    {
        "slug": "caregiver-coping",
        "title": "Taking Care of Yourself",
        "topic": "caregiver-coping",
        "summary": "Caring for someone in treatment is hard on you, too. Learn ways to manage stress, sleep better, "
            "ease guilt, find support, and plan for a crisis.",
        "objectives": [
            "By the end you can recognize signs of caregiver stress and choose small self-care steps.",
            "By the end you can use simple tools to sleep better and ease guilt.",
            "By the end you can name support groups for families and know what to expect.",
            "By the end you can make a safety plan and know when to call 988 or 911.",
        ],
        "order": 5,
        "lessons": [
            {
                "slug": "stress-and-self-care",
                "title": "Stress and self-care",
                "minutes": 5,
                "body": [
                    ("heading", {"text": "The weight you carry", "level": "h2"}),
                    ("paragraph",
                        "<p>Loving someone with a substance use disorder or a mental health condition is "
                        "stressful. You may worry all the time. You may face money trouble, broken promises, or "
                        "fear for their life. Stress like this can last for months or years.</p>"
                        "<p>Long-term stress affects your body and mind. Watch for signs like:</p><ul>"
                        "<li>Headaches, stomach problems, or tight muscles</li>"
                        "<li>Trouble sleeping, or sleeping too much</li><li>Feeling on edge, cranky, or numb</li>"
                        "<li>Getting sick more often</li>"
                        "<li>Leaning more on alcohol, food, or other things to cope</li>"
                        "<li>Losing interest in things you used to enjoy</li></ul>"
                        "<p>If you see these signs in yourself, it's not a sign of weakness. It's a sign that "
                        "you've carried a heavy load for a long time.</p>"),
                    ("heading", {"text": "Self-care isn't selfish", "level": "h2"}),
                    ("paragraph",
                        "<p>On a plane, you're told to put on your own oxygen mask before helping others. The same "
                        "is true here. When you're rested and supported, you think more clearly. You're calmer in "
                        "hard moments. You also show your loved one what healthy coping looks like.</p>"
                        "<p>Self-care doesn't have to be fancy. It's often about the basics:</p><ul>"
                        "<li><b>Eat regular meals,</b> even simple ones.</li>"
                        "<li><b>Move your body,</b> like a short walk outside.</li>"
                        "<li><b>Breathe.</b> Slow breathing can calm your body in a few minutes.</li>"
                        "<li><b>Connect</b> with someone who makes you feel understood.</li>"
                        "<li><b>See your own doctor,</b> and keep up with your health.</li>"
                        "<li><b>Go easy on alcohol</b> and other substances you might use to cope.</li></ul>"),
                    ("callout", {
                        "kind": "try_at_home",
                        "title": "A two-minute calm-down",
                        "body": "<p>Try this when stress spikes:</p><ol><li>Sit or stand in a comfortable way.</li>"
                            "<li>Breathe in slowly through your nose for a count of four.</li>"
                            "<li>Breathe out through your mouth for a count of six.</li>"
                            "<li>Repeat five to ten times.</li></ol>"
                            "<p>A longer breath out helps tell your body it's safe to relax.</p>",
                    }),
                    ("heading", {"text": "Think about your own counseling", "level": "h3"}),
                    ("paragraph",
                        "<p>Many family members find it helps to see their own therapist or counselor. This is a "
                        "space that's just for you. You don't need to be in crisis to go. Your loved one's IOP may "
                        "also be able to refer you to family counseling.</p>"),
                    ("quote", {
                        "text": "I kept saying I'd take care of myself once my daughter was better. A counselor "
                            "asked, “What if that takes years?” That question got me back to my morning walks. "
                            "I'm a calmer mom because of it.",
                        "attribution": "A mother, 45",
                    }),
                    ("knowledge_check", {
                        "question": "Which of these is a healthy self-care step?",
                        "options": [
                            {"text": "Taking a 10-minute walk outside each day", "correct": True,
                             "feedback": "Yes. Small, regular habits like walking can ease stress and lift your mood."},
                            {"text": "Waiting to care for yourself until your loved one is better", "correct": False,
                             "feedback": "This is such a common plan, and it comes from love. But recovery can take "
                                 "a long time. You deserve care now, not later."},
                            {"text": "Having a few extra drinks each night to unwind", "correct": False,
                             "feedback": "Many stressed people reach for alcohol, so you're not alone. But it can "
                                 "hurt sleep and mood. Tools like movement or talking with someone tend to "
                                 "help more."},
                        ],
                    }),
                    ("key_takeaways", {
                        "items": [
                            "Long-term stress affects your body and mind.",
                            "Self-care is not selfish. It helps you stay steady.",
                            "Small basics, like meals, movement, and breathing, make a difference.",
                            "Your own counselor can offer a space that's just for you.",
                        ],
                    }),
                ],
            },
            {
                "slug": "sleep-and-guilt",
                "title": "Sleep, worry, and guilt",
                "minutes": 6,
                "body": [
                    ("heading", {"text": "When worry keeps you up", "level": "h2"}),
                    ("paragraph",
                        "<p>Many family members lie awake at night, waiting for a phone call or a car in the "
                        "driveway. You might scroll on your phone at 2 a.m., reading about addiction. Poor sleep "
                        "makes everything harder. It affects your mood, your health, and how you handle stress.</p>"
                        "<p>Most adults need seven or more hours of sleep a night. That may feel out of reach "
                        "right now. But small changes can help:</p><ul>"
                        "<li>Go to bed and wake up at about the same time each day.</li>"
                        "<li>Put your phone down 30 to 60 minutes before bed, if you safely can.</li>"
                        "<li>Keep your room dark, cool, and quiet.</li>"
                        "<li>Skip caffeine late in the day. Limit alcohol, which breaks up sleep.</li>"
                        "<li>Write your worries on paper before bed, so your mind can set them down.</li>"
                        "<li>If you can't sleep after about 20 minutes, get up and do something calm. Then try "
                        "again.</li></ul>"),
                    ("callout", {
                        "kind": "tip",
                        "title": "Phones at night",
                        "body": "<p>You may keep your phone on for emergencies. That's understandable. Many phones "
                            "have a setting that silences everything except calls from people you choose. You "
                            "can also ask a trusted person to be a backup contact. That way, you're not the only "
                            "one on call every night.</p>",
                    }),
                    ("heading", {"text": "Understanding guilt", "level": "h2"}),
                    ("paragraph",
                        "<p>Guilt is one of the most common feelings families face. Parents wonder what they did "
                        "wrong. Partners wonder if they should have seen it sooner. Siblings feel bad for being "
                        "angry, or for having a “normal” life.</p>"
                        "<p>Here is the truth: <b>you did not cause your loved one's addiction or mental "
                        "illness.</b> These are health conditions with many causes. Every family makes mistakes. "
                        "Those mistakes did not create this illness.</p>"
                        "<p>It can help to tell guilt apart from responsibility. Guilt says, “It's all my fault.” "
                        "Responsibility says, “I can own my part, make amends if I need to, and choose how I act "
                        "now.” Responsibility moves you forward. Guilt often keeps you stuck.</p>"),
                    ("heading", {"text": "Be as kind to yourself as you'd be to a friend", "level": "h3"}),
                    ("paragraph",
                        "<p>If a friend were in your place, what would you tell them? Probably that they've done "
                        "their best with what they knew. Try saying the same to yourself. This is called "
                        "self-compassion. Research suggests it can ease stress and help people cope.</p>"
                        "<p>You may also feel grief. You may miss the person your loved one used to be, or the "
                        "future you pictured. Grief is a normal part of this journey, too.</p>"),
                    ("quote", {
                        "text": "For two years I replayed every mistake I made as a parent. At my Nar-Anon group, a "
                            "woman said, “We're not that powerful.” I laughed, then I cried. I didn't cause "
                            "this, and I can't cure it. I can love her, and look after me.",
                        "attribution": "A father, 60",
                    }),
                    ("knowledge_check", {
                        "question": "A mother says, “If I'd been a better parent, my son wouldn't be using.” What is "
                            "true?",
                        "options": [
                            {"text": "Addiction has many causes, and parents do not cause it", "correct": True,
                             "feedback": "Yes. Genes, stress, mental health, and many other things play a role. "
                                 "Every parent makes mistakes, but those mistakes don't create this illness."},
                            {"text": "She's probably right, since parenting is the main cause", "correct": False,
                             "feedback": "This is a painful belief that many parents carry. But research shows "
                                 "addiction comes from many factors. No single thing, including parenting, "
                                 "causes it."},
                            {"text": "Feeling guilty will help her son recover faster", "correct": False,
                             "feedback": "Guilt is a natural feeling, but it doesn't speed recovery. Caring for "
                                 "herself and learning new skills help both of them more."},
                        ],
                    }),
                    ("reflection_prompt", {
                        "prompt": "What is one thing you feel guilty about? What would you say to a friend who felt "
                            "the same way?",
                        "hint": "Try writing the kind words down, then read them to yourself.",
                    }),
                    ("key_takeaways", {
                        "items": [
                            "Poor sleep makes stress harder. Small changes can help.",
                            "Share the night-time “on call” role if you can.",
                            "You did not cause your loved one's illness.",
                            "Responsibility moves you forward. Guilt often keeps you stuck.",
                            "Treat yourself with the kindness you'd give a friend.",
                        ],
                    }),
                ],
            },
            {
                "slug": "support-groups",
                "title": "Finding support for you",
                "minutes": 5,
                "body": [
                    ("heading", {"text": "You're not alone", "level": "h2"}),
                    ("paragraph",
                        "<p>Millions of families live with a loved one's substance use or mental health condition. "
                        "Yet many feel deeply alone. Shame and stigma can make it hard to talk about. Support "
                        "groups offer a place where people understand without you having to explain.</p>"
                        "<p>In a group, you can hear from others who have been where you are. You can learn new "
                        "ways to cope. Or you can just sit and listen. Most groups are free.</p>"),
                    ("heading", {"text": "Groups to know about", "level": "h2"}),
                    ("paragraph",
                        '<ul><li><b><a href="https://www.al-anon.org/">'
                        "Al-Anon</a></b> is for people affected by someone else's drinking. It follows a 12-step "
                        "approach. Alateen is part of Al-Anon and is for teens.</li>"
                        '<li><b><a href="https://www.nar-anon.org/">'
                        "Nar-Anon</a></b> is for family and friends of people who use drugs. It also follows a "
                        '12-step approach.</li><li><b><a href="https://www.smartrecovery.org/family/">'
                        "SMART Recovery Family &amp; Friends</a></b> uses a science-based approach. It draws on "
                        "CRAFT and other tools to help you cope and communicate.</li><li><b><a "
                        'href="https://www.nami.org/support-education/mental-health-education/nami-family-to-family/">'
                        "NAMI Family-to-Family</a></b> is a free class series from the National Alliance on Mental "
                        "Illness. It's for families of people with mental health conditions. Trained family "
                        "members lead it.</li></ul>"
                        "<p>Many groups meet in person, online, or by phone. Your loved one's IOP may also offer a "
                        "family group.</p>"),
                    ("heading", {"text": "What to expect", "level": "h2"}),
                    ("paragraph",
                        "<p>Groups differ in style. At 12-step groups like Al-Anon and Nar-Anon, there are often "
                        "readings, and people take turns sharing. You usually don't have to speak. SMART Recovery "
                        "Family &amp; Friends meetings feel more like a skills workshop. NAMI Family-to-Family is "
                        "a class with a set schedule.</p>"
                        "<p>It's common to feel nervous the first time. It's also common for the first meeting not "
                        "to feel like the right fit. Many people suggest trying a few meetings, or a few different "
                        "groups, before you decide.</p>"),
                    ("callout", {
                        "kind": "tip",
                        "title": "Finding a group",
                        "body": "<p>Each group's website has a meeting finder. You can also call SAMHSA's National "
                            "Helpline at <b>1-800-662-4357</b>. It's free, confidential, and open 24 hours a "
                            "day, every day of the year. They can point you to local support and treatment.</p>",
                    }),
                    ("quote", {
                        "text": "I sat in the parking lot for 20 minutes before my first Al-Anon meeting. Inside, a "
                            "woman handed me coffee and said, “You don't have to say anything.” I didn't talk "
                            "for three weeks. But I kept going back, because I finally felt understood.",
                        "attribution": "A husband, 52",
                    }),
                    ("callout", {
                        "kind": "try_at_home",
                        "title": "Take one small step",
                        "body": "<p>This week, look up one group online. Find a meeting time that fits your life. "
                            "You don't have to go yet. Just knowing where it is can make it easier to go when "
                            "you're ready.</p>",
                    }),
                    ("knowledge_check", {
                        "question": "Which of these is a good reason to try a family support group?",
                        "options": [
                            {"text": "To learn from others and feel less alone", "correct": True,
                             "feedback": "Yes. Hearing from people who understand can ease loneliness and give you "
                                 "new ideas for coping."},
                            {"text": "To find a way to make your loved one stop using", "correct": False,
                             "feedback": "It's natural to hope for that. But family groups focus on your well-being, "
                                 "not on controlling your loved one. Many people find that caring for "
                                 "themselves helps the whole family."},
                            {"text": "Only if you're in crisis", "correct": False,
                             "feedback": "Support can help at any stage, not just in a crisis. Many people find "
                                 "groups most useful as steady, long-term support."},
                        ],
                    }),
                    ("reflection_prompt", {
                        "prompt": "What feels hardest about reaching out for support? What might make it a little "
                            "easier?",
                        "hint": "Maybe bringing a friend, or trying an online meeting first.",
                    }),
                    ("key_takeaways", {
                        "items": [
                            "Support groups help you feel less alone and learn new ways to cope.",
                            "Options include Al-Anon, Nar-Anon, SMART Recovery Family & Friends, and NAMI "
                                "Family-to-Family.",
                            "Try a few meetings before deciding if a group fits.",
                            "SAMHSA's National Helpline (1-800-662-4357) can help you find support.",
                        ],
                    }),
                ],
            },
            {
                "slug": "safety-planning",
                "title": "Safety planning: knowing when to call for help",
                "minutes": 6,
                "body": [
                    ("heading", {"text": "Why plan for a crisis", "level": "h2"}),
                    ("paragraph",
                        "<p>No one wants to think about the worst. But a crisis is easier to handle when you've "
                        "planned ahead. A safety plan is a short, written guide for what to do if things go wrong. "
                        "Making one doesn't mean you expect the worst. It means you'll be ready.</p>"),
                    ("heading", {"text": "When to call 911", "level": "h2"}),
                    ("paragraph",
                        "<p>Call <b>911</b> right away if someone is in immediate danger. This includes:</p><ul>"
                        "<li>Signs of overdose: can't be woken up, slow or stopped breathing, blue or gray lips or "
                        "fingertips, choking or gurgling sounds, or very small pupils</li>"
                        "<li>A suicide attempt, or someone with a plan and the means to act on it now</li>"
                        "<li>Violence, or threats of violence, toward anyone</li>"
                        "<li>A serious medical emergency, such as a seizure</li></ul>"
                        "<p>If you think someone is having an opioid overdose, call 911 and give naloxone if you "
                        "have it. Naloxone will not harm someone who hasn't taken opioids. If the person is "
                        "breathing, turn them on their side. Stay with them until help arrives. Many states have "
                        "Good Samaritan laws that offer some legal protection to people who call for help during "
                        "an overdose.</p>"),
                    ("heading", {"text": "When to call or text 988", "level": "h2"}),
                    ("paragraph",
                        "<p>The <b>988 Suicide &amp; Crisis Lifeline</b> is free and open 24/7. You can call or "
                        "text 988, or chat online. Trained counselors can help when:</p><ul>"
                        "<li>Your loved one talks about suicide, death, or feeling hopeless</li>"
                        "<li>You're worried about their mental health and don't know what to do</li>"
                        "<li>You are in emotional distress yourself</li></ul>"
                        "<p>You don't need to be sure it's an emergency to reach out to 988. If you're worried, "
                        "that's reason enough. If someone's life is in danger right now, call 911.</p>"),
                    ("heading", {"text": "Warning signs of suicide", "level": "h3"}),
                    ("paragraph",
                        "<p>Take these signs seriously, especially if they are new or getting worse:</p><ul>"
                        "<li>Talking about wanting to die, or about being a burden</li>"
                        "<li>Feeling trapped or in pain they can't bear</li>"
                        "<li>Pulling away from friends and family</li>"
                        "<li>Giving away belongings or saying goodbye</li><li>Using more alcohol or drugs</li>"
                        "<li>Big mood swings, or a sudden calm after a time of deep sadness</li></ul>"
                        "<p>If you're worried, ask directly: <i>“Are you thinking about suicide?”</i> Asking does "
                        "not put the idea in someone's head. It shows you care, and it opens the door to help.</p>"),
                    ("callout", {
                        "kind": "try_at_home",
                        "title": "Make your safety plan",
                        "body": "<p>Write these down. Keep a copy on your phone and one on paper:</p><ul>"
                            "<li>Warning signs that things are getting worse</li>"
                            "<li>Numbers: 911, 988, your loved one's treatment program, and SAMHSA's National "
                            "Helpline at 1-800-662-4357</li>"
                            "<li>Where naloxone is kept, and who knows how to use it</li>"
                            "<li>Two or three people you can call for support</li>"
                            "<li>A safe place you can go, and who can care for children or pets</li>"
                            "<li>Ways to make the home safer, like locking up medicines, and locking up firearms "
                            "or storing them outside the home</li></ul>",
                    }),
                    ("callout", {
                        "kind": "warning",
                        "title": "If you are not safe",
                        "body": "<p>If your loved one has hurt you, or you fear they might, your safety matters. "
                            "Call <b>911</b> in an emergency. The National Domestic Violence Hotline at "
                            "<b>1-800-799-7233</b> offers free, confidential support at any hour.</p>",
                    }),
                    ("quote", {
                        "text": "I made our safety plan on a calm Sunday. I hoped we'd never need it. Two months "
                            "later, we did. My hands were shaking, but I knew exactly who to call. That plan "
                            "kept me from freezing.",
                        "attribution": "A mother, 50",
                    }),
                    ("knowledge_check", {
                        "question": "Your loved one is on the couch and you can't wake them. Their breathing is very "
                            "slow, and their lips look blue. What should you do first?",
                        "options": [
                            {"text": "Call 911, give naloxone if you have it, and stay with them", "correct": True,
                             "feedback": "Yes. These are signs of a possible overdose. Calling 911 and giving "
                                 "naloxone quickly can save a life."},
                            {"text": "Let them sleep it off and check on them later", "correct": False,
                             "feedback": "It's easy to hope it's just deep sleep. But slow breathing and blue lips "
                                 "are emergency signs. Call 911 right away."},
                            {"text": "Call their IOP counselor in the morning", "correct": False,
                             "feedback": "Staying in touch with the program helps with many worries. But this is an "
                                 "emergency that needs help right now. Call 911."},
                        ],
                    }),
                    ("reflection_prompt", {
                        "prompt": "Who are two or three people you could call in a crisis? Have you told them "
                            "they're on your list?",
                        "hint": "It's okay to ask someone ahead of time if they'd be willing.",
                    }),
                    ("crisis_resources", {"intro": "If you or your loved one is in danger right now, reach out:"}),
                    ("key_takeaways", {
                        "items": [
                            "A written safety plan helps you act quickly in a crisis.",
                            "Call 911 for an overdose, violence, or any immediate danger.",
                            "Call or text 988 for thoughts of suicide, a mental health crisis, or your own distress.",
                            "Keep naloxone at home, and lock up medicines and firearms.",
                            "Asking directly about suicide shows care and can open the door to help.",
                        ],
                    }),
                    ("sources", {
                        "items": [
                            {"title": "988 Suicide & Crisis Lifeline", "publisher": "988 Suicide & Crisis Lifeline",
                             "url": "https://988lifeline.org/"},
                            {"title": "SAMHSA's National Helpline", "publisher": "SAMHSA",
                             "url": "https://www.samhsa.gov/find-help/helplines/national-helpline"},
                            {"title": "Families and Caregivers", "publisher": "SAMHSA",
                             "url": "https://www.samhsa.gov/families"},
                            {"title": "Overdose Reversal Medications", "publisher": "NIDA",
                             "url": "https://nida.nih.gov/research-topics/overdose-reversal-medications"},
                            {"title": "Sleep", "publisher": "CDC", "url": "https://www.cdc.gov/sleep/"},
                            {"title": "NAMI Family-to-Family", "publisher": "NAMI",
                             "url": "https://www.nami.org/support-education/mental-health-education/nami-family-to-family/"},
                            {"title": "Al-Anon Family Groups", "publisher": "Al-Anon",
                             "url": "https://www.al-anon.org/"},
                            {"title": "Nar-Anon Family Groups", "publisher": "Nar-Anon",
                             "url": "https://www.nar-anon.org/"},
                            {"title": "SMART Recovery Family & Friends", "publisher": "SMART Recovery",
                             "url": "https://www.smartrecovery.org/family/"},
                        ],
                    }),
                ],
            },
        ],
    },
]
# fmt: on
