"""Spanish text of the two demo workshops in workshops/demo_content.py, for Spanish-speaking families.

Same structure and order as the English WORKSHOPS (same slugs, same number of sessions, same
lesson links), so the loader can pair each workshop and session with its translation. Written in
plain, warm Spanish (tú), not word for word. tests/workshops/test_demo_content_es.py keeps the two
in step.
"""

# The English file's helper, so both languages build sessions of exactly the same shape.
from workshops.demo_content import _session

# Como en inglés: en cada juego de roles se puede mirar en lugar de actuar. En tercera persona,
# porque se suma a instrucciones para una persona (tú) o para el grupo (ustedes): así ninguna
# mezcla las dos formas.
ROLE_PLAY_OPT_OUT = (
    " Cualquier persona puede mirar en lugar de actuar, por cualquier motivo."
    " Quien haya vivido violencia puede decirle a quien facilita el grupo qué le da seguridad."
)


# Names of the demo cohorts (workshops/demo.py), which members see on pages and in emails.
COHORT_NAMES = {
    "Evening group": "Grupo de la noche",
    "Morning group": "Grupo de la mañana",
    "Spring group": "Grupo de primavera",
}

WORKSHOPS = [
    {
        "slug": "family-recovery-foundations",
        "title": "Bases de la recuperación en familia",
        "summary": "Seis sesiones semanales, por la noche, sobre cómo funcionan la adicción y el tratamiento, y "
        "cómo puede ayudar la familia sin perderse a sí misma.",
        "audience": "Madres, padres, parejas, hermanas, hermanos, amigas y amigos de alguien que está en un programa "
        "ambulatorio.",
        "certificate_title": "Serie Bases para Familias",
        "min_sessions_attended": 5,
        "sessions": [
            _session(
                "La adicción, un problema de salud",
                ["Explicar que la adicción es un trastorno de salud", "Nombrar un sentimiento que traes al grupo"],
                "Di tu nombre y una palabra sobre cómo te fue la semana.",
                "La adicción cambia cómo el cerebro maneja la recompensa y el estrés. "
                "Ninguna causa sola la explica, culpar no ayuda, y se puede tratar.",
                "reflection",
                "En parejas, compartan una idea sobre la adicción que tenían antes y cómo ha cambiado.",
                "Lee la lección sobre qué es la adicción y anota una pregunta para la próxima semana.",
                [("addiction-basics", "what-addiction-is")],
            ),
            _session(
                "Cómo funcionan el tratamiento y la recuperación",
                [
                    "Describir lo que pasa en un programa ambulatorio",
                    "Entender que los tropiezos pueden ser parte de la recuperación",
                ],
                "Comparte algo que notaste en ti desde la semana pasada.",
                "El tratamiento lleva tiempo. La recuperación es un camino con altibajos, y un tropiezo no es "
                "el final.",
                "reflection",
                "Dibuja una línea sencilla del último año de tu familia. Marca un momento difícil y uno de esperanza.",
                "Lee la lección sobre la recaída y la recuperación.",
                [("addiction-basics", "relapse-and-recovery")],
            ),
            _session(
                "Ayudar sin facilitar el consumo",
                ["Distinguir entre ayudar y facilitar el consumo", "Elegir un rescate que vas a dejar, sin riesgos"],
                "Una palabra sobre tu energía de hoy.",
                "Ayudar apoya la recuperación. Facilitar el consumo protege a la persona de los resultados de su "
                "consumo.",
                "role_play",
                "En parejas, practiquen decir que no a un pedido de dinero, con cariño y claridad. Cambien de papel "
                "a los tres minutos." + ROLE_PLAY_OPT_OUT,
                "Fíjate en un momento de esta semana en que quisiste rescatar, y en lo que hiciste en su lugar.",
                [("enabling", "enabling-vs-helping")],
            ),
            _session(
                "Hablar para que tu ser querido pueda escuchar",
                ["Usar un mensaje en primera persona", "Elegir un buen momento para una conversación difícil"],
                "Comparte una conversación de esta semana que salió mejor de lo que esperabas.",
                "Las frases cortas, tranquilas y positivas funcionan mejor que los sermones. El momento importa.",
                "communication",
                "Convierte tres frases de “tú siempre” en mensajes en primera persona, y pruébalas en voz alta "
                "con otra persona del grupo.",
                "Usa un mensaje en primera persona en casa esta semana.",
                [("communication-tools", "i-statements-and-timing")],
            ),
            _session(
                "Límites y conflictos",
                ["Poner un límite claro", "Calmar un conflicto antes de que crezca"],
                "Del 1 al 10, ¿cuánto estrés tuviste esta semana?",
                "Un límite dice lo que vas a hacer tú, no lo que tiene que hacer la otra persona.",
                "conflict_resolution",
                "Representen un momento tenso en la mesa a la hora de cenar. Practiquen hacer una pausa, nombrar "
                "el sentimiento y retirarse.",
                "Escribe un límite y cuándo lo vas a decir.",
                [("communication-tools", "setting-boundaries")],
            ),
            _session(
                "Cuidarte tú",
                ["Hacer un pequeño plan para cuidarte", "Saber dónde encontrar apoyo después del grupo"],
                "Comparte algo que hiciste por ti esta semana.",
                "Nadie puede dar lo que no tiene. El descanso, los amigos y los grupos de apoyo ayudan a las "
                "familias a estar bien.",
                "reflection",
                "Haz un plan de una página: tres cosas que te calman, dos personas a las que puedes llamar y un "
                "grupo para probar.",
                "Deja tu plan donde puedas verlo.",
                [("caregiver-coping", "stress-and-self-care")],
            ),
        ],
    },
    {
        "slug": "communication-and-boundaries",
        "title": "Comunicación y límites",
        "summary": "Cuatro sesiones prácticas para hablar con calma, decir que no con cariño y manejar los "
        "conflictos en casa.",
        "audience": "Cualquier familiar o amistad que quiera practicar nuevas formas de hablar.",
        "certificate_title": "Serie de Habilidades de Comunicación",
        "min_sessions_attended": 3,
        "sessions": [
            _session(
                "Primero, escuchar",
                ["Repetir con tus palabras lo que escuchaste"],
                "Una palabra sobre tu semana.",
                "Las personas se calman cuando se sienten escuchadas. Escuchar es una habilidad que se puede "
                "practicar.",
                "communication",
                "En grupos de tres: una persona habla, otra escucha y repite con sus palabras lo que oyó, y la "
                "tercera observa. Cambien de papel.",
                "Esta semana, repite con tus palabras lo que oyes una vez al día.",
                [("communication-tools", "craft-positive-communication")],
            ),
            _session(
                "Mensajes en primera persona y el buen momento",
                ["Convertir un reproche en un mensaje en primera persona"],
                "Comparte un momento de esta semana en que sentiste que te escucharon.",
                "Di cómo te sientes y qué necesitas, en un momento de calma.",
                "role_play",
                "Representen cómo pedir ayuda con las tareas de la casa usando un mensaje en primera persona."
                + ROLE_PLAY_OPT_OUT,
                "Prueba un mensaje en primera persona en casa.",
            ),
            _session(
                "Decir que no con cariño",
                ["Decir que no sin dar largas explicaciones"],
                "Del 1 al 10, ¿cómo fue tu semana?",
                "Un no claro y amable te protege a ti y a tu ser querido.",
                "role_play",
                "Practica decir que no a tres pedidos. Que cada respuesta tenga menos de diez palabras."
                + ROLE_PLAY_OPT_OUT,
                "Fíjate en cuándo te dan ganas de explicar demasiado.",
            ),
            _session(
                "Cuando empieza un conflicto",
                ["Usar bien una pausa", "Volver a una conversación después de un descanso"],
                "Algo de las últimas cuatro semanas que te dé orgullo.",
                "Una pausa es un descanso, no un castigo. Di cuándo vas a volver.",
                "conflict_resolution",
                "Practica pedir una pausa y volver a la conversación veinte minutos después.",
                "Acuerda una señal para pedir una pausa con alguien de tu casa.",
            ),
        ],
    },
]
