"""The crisis lines a new program starts with, in English and Spanish (what
`load_demo_content` fills in; the data migration 0010 has its own frozen copy).

Each entry: the English line and its Spanish translation. Where a line serves Spanish
speakers, its Spanish text says how (988: press 2, or text AYUDA; SAMHSA: ask for Spanish;
911: ask for an interpreter).
"""

DEFAULT_CRISIS_LINES = [
    {
        "en": {
            "name": "988 Suicide & Crisis Lifeline",
            "phone": "988",
            "text_number": "988",
            "text_keyword": "",
            "how_to_reach": "Call, text, or chat at 988lifeline.org. For Spanish, press 2 or text AYUDA to 988.",
            "description": "Free, confidential, 24/7",
        },
        "es": {
            "name": "988 Línea de Prevención del Suicidio y Crisis",
            "phone": "988",
            "text_number": "988",
            "text_keyword": "AYUDA",
            "how_to_reach": "Llama al 988 y marca 2 para hablar en español, envía AYUDA por mensaje de texto al "
            "988 o chatea en 988lineadevida.org.",
            "description": "Gratis y confidencial, las 24 horas, todos los días.",
        },
    },
    {
        "en": {
            "name": "SAMHSA National Helpline",
            "phone": "1-800-662-4357",
            "text_number": "",
            "text_keyword": "",
            "how_to_reach": "Help in English and Spanish.",
            "description": "Free treatment referral and information, 24/7",
        },
        "es": {
            "name": "Línea Nacional de Ayuda de SAMHSA",
            "phone": "1-800-662-4357",
            "text_number": "",
            "text_keyword": "",
            "how_to_reach": "Llama y pide atención en español.",
            "description": "Información y referencias a tratamiento. Gratis y confidencial, las 24 horas.",
        },
    },
    {
        "en": {
            "name": "Emergency",
            "phone": "911",
            "text_number": "",
            "text_keyword": "",
            "how_to_reach": "You can ask for an interpreter.",
            "description": "If someone is in danger right now",
        },
        "es": {
            "name": "Emergencias",
            "phone": "911",
            "text_number": "",
            "text_keyword": "",
            "how_to_reach": "Puedes pedir un intérprete de español.",
            "description": "Si alguien está en peligro ahora mismo.",
        },
    },
]
